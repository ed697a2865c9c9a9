import { describe, expect, it } from 'vitest';
import { urlProblems } from '../support/url-rules.ts';
import { readSource, sourceFacts, sourceFiles } from '../support/source-facts.ts';

const problemsIn = (file: string, text: string) => urlProblems(file, sourceFacts(file, text));

describe('internal URLs', () => {
  const files = sourceFiles(process.cwd(), ['src', 'tools', 'astro.config.mjs']);

  it('are built only by src/shared/urls.ts', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('src/pages/guides/[slug].astro');
    expect(files).toContain('tools/serve.ts');
    expect(files.flatMap((file) => problemsIn(file, readSource(process.cwd(), file)))).toEqual([]);
  });
});

describe('a URL built outside the URL module', () => {
  const outside = 'builds a URL outside src/shared/urls.ts';

  it.each([
    [
      'src/components/Card.astro',
      '---\nconst { id } = Astro.props;\n---\n\n<a href={href(`guides/${id}/`)}>Guide</a>\n',
      `src/components/Card.astro:5 ${outside}: "guides/\${}/" is a path of the site`,
    ],
    [
      'src/components/Card.astro',
      '<p>\n  <a href="/directory/">Directory</a>\n</p>\n',
      `src/components/Card.astro:2 ${outside}: "/directory/" is a path of the site`,
    ],
    [
      'src/components/Card.astro',
      '<a href="/">Home</a>\n',
      `src/components/Card.astro:1 ${outside}: href="/" ignores the base path`,
    ],
    [
      'src/pages/guides/[slug].astro',
      '---\nconst slug = "x";\n---\n<a href={`#${slug}`}>Contents</a>\n',
      `src/pages/guides/[slug].astro:4 ${outside}: the template "#\${}" joins a path, fragment or query`,
    ],
    [
      'src/site/browse.ts',
      'export const termUrl = (kind: string, id: string) => `${base}${kind}/${id}/`;',
      `src/site/browse.ts:1 ${outside}: the template "\${}\${}/\${}/" joins a path, fragment or query`,
    ],
    [
      'src/browser/search.ts',
      'history.pushState(null, "", `${location.pathname}${query}`);',
      `src/browser/search.ts:1 ${outside}: the template "\${}\${}" puts values side by side, as paths are joined`,
    ],
    [
      'src/pages/guides/[slug].astro',
      "---\nconst goal = 'skills';\nconst filter = `?goal=${goal}`;\n---\n",
      `src/pages/guides/[slug].astro:3 ${outside}: the template "?goal=\${}" joins a path, fragment or query`,
    ],
    [
      'src/browser/pagefind-loader.ts',
      "const root = base.replace(/\\/?$/, '/');",
      `src/browser/pagefind-loader.ts:1 ${outside}: /\\/?$/ is the trailing-slash rule (use asFolder)`,
    ],
    [
      'tools/serve.ts',
      "console.log(`http://localhost:4321${base.replace(/\\/*$/, '/')}`);",
      `tools/serve.ts:1 ${outside}: /\\/*$/ is the trailing-slash rule (use asFolder)`,
    ],
    [
      'tools/bench/measure-search.ts',
      "const bytes = totalBytes(first, '/pagefind/');",
      `tools/bench/measure-search.ts:1 ${outside}: "/pagefind/" is a path of the site`,
    ],
    [
      'src/layouts/BaseLayout.astro',
      "---\nconst icon = 'favicon.svg';\n---\n",
      `src/layouts/BaseLayout.astro:2 ${outside}: "favicon.svg" is a path of the site`,
    ],
    [
      'src/pages/robots.txt.ts',
      'const sitemap = new URL(sitemapPath, site.url).href;',
      `src/pages/robots.txt.ts:1 ${outside}: new URL(path, base) makes an absolute URL`,
    ],
  ])('%s: %s', (file, text, expected) => {
    expect(problemsIn(file, text)).toEqual([expected]);
  });

  it.each([
    ['src/components/Card.astro', '<a href={urls.guide(id)}>Guide</a>\n<a href="#main">Skip</a>\n'],
    ['src/site/browse.ts', '// Page 1 at /topics/budgeting/, then /topics/budgeting/page/2/.\n'],
    ['src/site/calendar.ts', 'const uid = `${workshopId}-${sessionId}@${host}`;'],
    ['src/shared/mailto.ts', 'const href = `mailto:${to}?subject=${subject}`;'],
    ['src/site/json-ld.ts', 'const mode = `https://schema.org/${kind}EventAttendanceMode`;'],
    ['src/content-model/validation/load-content.ts', 'const file = `${dir}/${fileName}`;'],
    ['src/shared/urls.ts', "const root = base.replace(/\\/*$/, '/') + 'guides/';"],
  ])('%s: %s is not one', (file, text) => {
    expect(problemsIn(file, text)).toEqual([]);
  });
});
