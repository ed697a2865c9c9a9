import { describe, expect, it } from 'vitest';
import { importProblems } from '../support/import-rules.ts';
import { readSource, sourceFacts, sourceFiles } from '../support/source-facts.ts';

const problemsIn = (file: string, text: string) =>
  importProblems(file, sourceFacts(file, text).imports);

describe('imports across runtimes', () => {
  const files = sourceFiles(process.cwd(), ['src', 'tools', 'astro.config.mjs']);
  const facts = files.map((file) => ({
    file,
    ...sourceFacts(file, readSource(process.cwd(), file)),
  }));

  it('go only the right way, in every source file', () => {
    expect(facts.flatMap(({ file, imports }) => importProblems(file, imports))).toEqual([]);
  });

  it('are all found, <script>s of .astro files included', () => {
    const imports = facts.flatMap(({ file, imports }) =>
      imports.map(
        (found) => `${file} ${found.specifier}${found.inBrowserScript ? ' (script)' : ''}`,
      ),
    );
    expect(imports.length).toBeGreaterThan(200);
    expect(imports).toContain(
      'src/components/content/NetworkMap.astro ../../browser/network-map.ts (script)',
    );
    expect(imports).toContain('src/components/content/NetworkMap.astro ../../site/site.ts');
    expect(imports).toContain('src/browser/network-map.ts ../shared/network-score.ts');
  });
});

describe('the import rules', () => {
  it.each([
    [
      'src/browser/plan.ts',
      "import { readFileSync } from 'node:fs';",
      'src/browser/plan.ts:1 imports node:fs: browser code cannot use Node modules',
    ],
    [
      'src/browser/plan.ts',
      "import { join } from 'path';",
      'src/browser/plan.ts:1 imports path: browser code cannot use Node modules',
    ],
    [
      'src/browser/plan.ts',
      "const text = 'x';\nconst yaml = await import('yaml');",
      'src/browser/plan.ts:2 imports yaml: browser code may use only pure libraries (luxon, ics, fastest-levenshtein)',
    ],
    [
      'src/shared/format.ts',
      "import { z } from 'astro/zod';",
      'src/shared/format.ts:1 imports astro/zod: shared code, which also runs in the browser, may use only pure libraries (luxon, ics, fastest-levenshtein)',
    ],
    [
      'src/shared/format.ts',
      "import { getCollection } from 'astro:content';",
      'src/shared/format.ts:1 imports astro:content: shared code, which also runs in the browser, cannot use Astro modules',
    ],
    [
      'src/shared/format.ts',
      "export { site } from '../site/site.ts';",
      'src/shared/format.ts:1 imports ../site/site.ts: shared code, which also runs in the browser, may import only src/shared/, src/content-model/vocabularies.ts',
    ],
    [
      'src/shared/format.ts',
      "import { contactSchema } from '../content-model/schemas/contact.ts';",
      'src/shared/format.ts:1 imports ../content-model/schemas/contact.ts: shared code, which also runs in the browser, may import only src/shared/, src/content-model/vocabularies.ts (or `import type` from src/content-model/)',
    ],
    [
      'src/shared/format.ts',
      "import { announce } from '../browser/announce.ts';",
      'src/shared/format.ts:1 imports ../browser/announce.ts: shared code, which also runs in the browser, may import only src/shared/, src/content-model/vocabularies.ts',
    ],
    [
      'src/browser/plan.ts',
      "import { TAXONOMIES } from '../content-model/taxonomies.ts';",
      'src/browser/plan.ts:1 imports ../content-model/taxonomies.ts: browser code may import only src/browser/, src/shared/, src/content-model/vocabularies.ts (or `import type` from src/content-model/)',
    ],
    [
      'src/content-model/validation/rules.ts',
      "import { getCollection } from 'astro:content';",
      'src/content-model/validation/rules.ts:1 imports astro:content: the content model runs outside Astro too (validate, tools): no astro:* modules',
    ],
    [
      'src/content-model/validation/rules.ts',
      "import type { ContactView } from '../../site/contact-view.ts';",
      'src/content-model/validation/rules.ts:1 imports ../../site/contact-view.ts: the content model never depends on site rendering or browser code',
    ],
    [
      'src/content-model/schemas/contact.ts',
      "import ContactCard from '../../components/ContactCard.astro';",
      'src/content-model/schemas/contact.ts:1 imports ../../components/ContactCard.astro: the content model never depends on site rendering or browser code',
    ],
    [
      'src/site/facets.ts',
      "import '../browser/directory-search.ts';",
      'src/site/facets.ts:1 imports ../browser/directory-search.ts: browser code runs in the browser only: import it from a <script>',
    ],
    [
      'src/site/facets.ts',
      "import { FIXTURE_TODAY } from '../../tests/support/fixtures.ts';",
      'src/site/facets.ts:1 imports ../../tests/support/fixtures.ts: the site never depends on tools or tests',
    ],
    [
      'src/components/Map.astro',
      "---\nimport { readFileSync } from 'node:fs';\n---\n\n<p>Map</p>\n\n<script>\n  import { readFileSync } from 'fs';\n</script>\n",
      'src/components/Map.astro:8 imports fs: browser code cannot use Node modules',
    ],
  ])('%s: %s', (file, text, expected) => {
    expect(problemsIn(file, text)).toEqual([expected]);
  });

  it.each([
    ['src/shared/plan.ts', "import { QUESTION_PURPOSES } from '../content-model/vocabularies.ts';"],
    ['src/shared/plan.ts', "import type { Session } from '../content-model/schemas/session.ts';"],
    [
      'src/shared/plan.ts',
      "import { DateTime } from 'luxon';\nimport { addDays } from './time.ts';",
    ],
    ['src/browser/plan.ts', "import { siteUrls } from '../shared/urls.ts';"],
    ['src/site/collections.ts', "import { getCollection } from 'astro:content';"],
    ['src/content-model/clock.ts', "import { readFileSync } from 'node:fs';"],
    ['src/browser/plan.ts', "// import { readFileSync } from 'node:fs';\nconst x = 'node:fs';"],
    [
      'src/components/Map.astro',
      "---\nimport { site } from '../site/site.ts';\n---\n\n<script>\n  import '../browser/network-map.ts';\n</script>\n",
    ],
  ])('%s: %s is allowed', (file, text) => {
    expect(problemsIn(file, text)).toEqual([]);
  });
});
