import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxBodyGuard } from '../../src/integrations/mdx-body-guard.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const fileURL = pathToFileURL(join(ROOT, 'content/guides/a-guide.mdx'));
const QUESTION_BANK = "import QuestionBank from '../../src/components/content/QuestionBank.astro';";

/** Compiles `source` as @astrojs/mdx does, with the guard and no validation before it. */
const compile = (source: string, frontmatter: Record<string, unknown> = {}) =>
  mdxToJs(source, {
    mdastPlugins: [mdxBodyGuard(ROOT)],
    fileURL,
    jsxImportSource: 'astro',
    data: {
      astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() },
    },
  });

describe('the MDX guard in the compilation', () => {
  it('compiles a guide of text and content components', async () => {
    const { code } = await compile(`${QUESTION_BANK}\n\n## Text\n\n<QuestionBank />\n`);
    expect(code).toContain('QuestionBank');
  });

  it('stops the compilation of a guide that imports node:fs and runs it, naming each line', () => {
    const source = [
      QUESTION_BANK,
      "import { writeFileSync } from 'node:fs';",
      'export const written = writeFileSync("pwned.txt", "x");',
      '',
      '{writeFileSync("pwned.txt", "y")}',
      '',
      '<div onClick="steal()">Hello</div>',
      '',
    ].join('\n');
    expect(() => compile(source)).toThrow(
      [
        'The guide content/guides/a-guide.mdx was not compiled: it holds what guides may not.',
        `content/guides/a-guide.mdx:2:32 imports "node:fs", code that would run when the site is built (expected only the site's content components from src/components/content/, such as ${QUESTION_BANK})`,
        'content/guides/a-guide.mdx:3:1 exports code, "export const written = writeFileSync("pwned.txt", "x");", which would run when the site is built (expected no export lines: a guide is text and content components)',
        'content/guides/a-guide.mdx:5:1 has {writeFileSync("pwned.txt", "y"...}, code that MDX would run when the site is built (expected text: write \\{ and \\} for the braces themselves)',
        "content/guides/a-guide.mdx:7:1 has an event attribute (onclick) on <div>, code that would run in the reader's browser (expected Markdown without HTML: delete the tag and its attributes)",
      ].join('\n'),
    );
  });

  it('finds what is nested in paragraphs, lists and quotations', () => {
    const source = [
      '- A list item with [a link](javascript:alert(1))',
      '',
      '> A quotation with <span onClick="steal()">a span</span>',
      '',
    ].join('\n');
    expect(() => compile(source)).toThrow(
      [
        'content/guides/a-guide.mdx:1:20 links to "javascript:alert(1)", a javascript: link, which can run code or open content the site cannot check (expected a https:// or mailto: address, or a page of this site such as /guides/start-here/)',
        "content/guides/a-guide.mdx:3:20 has an event attribute (onclick) on <span>, code that would run in the reader's browser (expected Markdown without HTML: delete the tag and its attributes)",
      ].join('\n'),
    );
  });

  it('stops a guide whose frontmatter names a layout, which MDX would import', () => {
    expect(() => compile('Text.\n', { layout: 'node:fs' })).toThrow(
      'content/guides/a-guide.mdx:1:1 layout: names code for MDX to import (expected no layout field: the site lays out every guide)',
    );
  });

  it('leaves Markdown compilations to the sanitiser of rendered bodies', async () => {
    const { html } = await markdownToHtml('<b>kept for the sanitiser</b>', {
      mdastPlugins: [mdxBodyGuard(ROOT)],
      fileURL,
    });
    expect(html).toBe('<p><b>kept for the sanitiser</b></p>\n');
  });
});
