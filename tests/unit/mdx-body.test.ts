import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxBodyCheck } from '../../src/content-model/validation/mdx-body.ts';
import { formatProblem } from '../../src/content-model/validation/problem.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FRONTMATTER = '---\ntitle: A guide\n---\n';
const QUESTION_BANK = "import QuestionBank from '../../src/components/content/QuestionBank.astro';";

const check = (body: string) =>
  mdxBodyCheck(ROOT, 'content/guides/a-guide.mdx', FRONTMATTER + body, FRONTMATTER.length);
const problems = (body: string) => check(body).problems.map(formatProblem);

describe('an MDX body', () => {
  it('may hold Markdown text, code, tables and imported content components', () => {
    const body = [
      QUESTION_BANK,
      '',
      '## Plain text & more',
      '',
      '3 > 2, a `<code>` span, **bold**, *italic*, ~~struck~~ and a [guide](/guides/start-here/).',
      '',
      '> A quotation',
      '',
      '| Question | Why |',
      '| --- | --- |',
      '| What changed? | It shows the team |',
      '',
      '```',
      '<script>shown as text</script>',
      '```',
      '',
      '---',
      '',
      '<QuestionBank title="Pick five" />',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([]);
    expect(check(body).internalLinks).toEqual([
      { line: 8, column: 62, path: '/guides/start-here/' },
    ]);
  });

  it('explains a brace that MDX reads as code', () => {
    expect(problems('\nUse {braces here.\n')).toEqual([
      'content/guides/a-guide.mdx:5:5 has a "{" or "}" that MDX reads as code (expected text: write \\{ and \\} for the signs themselves)',
    ]);
  });

  it('explains a tag that is not closed', () => {
    expect(problems('\n<div>Open\n')).toEqual([
      'content/guides/a-guide.mdx:5:1 has a tag <div> that is not closed (expected a closing </div> after it, or a self-closing tag such as <QuestionBank />)',
    ]);
  });

  it('names a component that is not imported, and an import of a file that does not exist', () => {
    const body =
      "import Map from '../../src/components/content/NetworkMapp.astro';\n\n<Map />\n\n<NetworkMap />\n";
    expect(problems(body)).toEqual([
      'content/guides/a-guide.mdx:4:18 imports "../../src/components/content/NetworkMapp.astro", a file that does not exist; did you mean "NetworkMap.astro"? (expected the path of a component in src/components/content/, written as in the other guides)',
      "content/guides/a-guide.mdx:8:1 uses <NetworkMap />, which is not imported (expected a line such as import NetworkMap from '../../src/components/content/NetworkMap.astro'; below the frontmatter)",
    ]);
  });

  it('refuses code: other imports, exports, statements, expressions and comments', () => {
    const body = [
      QUESTION_BANK,
      "import { readFileSync } from 'node:fs';",
      "import Card from '../../src/components/ContactCard.astro';",
      "import { QuestionBank as Bank } from '../../src/components/content/QuestionBank.astro';",
      'export const when = Date.now();',
      '',
      'It is {when} now. {/* a note */}',
      '',
    ].join('\n');
    const onlyComponents =
      "(expected only the site's content components from src/components/content/, such as import QuestionBank from '../../src/components/content/QuestionBank.astro';)";
    expect(problems(body)).toEqual([
      `content/guides/a-guide.mdx:5:31 imports "node:fs", code that would run when the site is built ${onlyComponents}`,
      `content/guides/a-guide.mdx:6:19 imports "../../src/components/ContactCard.astro", which is not in src/components/content/ ${onlyComponents}`,
      `content/guides/a-guide.mdx:7:1 imports in a way guides cannot, "import { QuestionBank as Bank } from '../../src/components/c..." (expected one component a line, such as import QuestionBank from '../../src/components/content/QuestionBank.astro';)`,
      'content/guides/a-guide.mdx:8:1 exports code, "export const when = Date.now();", which would run when the site is built (expected no export lines: a guide is text and content components)',
      'content/guides/a-guide.mdx:10:7 has {when}, code that MDX would run when the site is built (expected text: write \\{ and \\} for the braces themselves)',
      'content/guides/a-guide.mdx:10:19 has an MDX comment, {/* ... */}, which is code (expected text only: delete it; notes for other editors belong in the pull request)',
    ]);
  });

  it('refuses a statement that MDX would run, written after an import', () => {
    expect(problems(`${QUESTION_BANK}\nprocess.exit(1)\n`)).toEqual([
      'content/guides/a-guide.mdx:5:1 has code, "process.exit(1)", which would run when the site is built (expected text; only import lines of content components may stand on their own)',
    ]);
  });

  it('refuses HTML elements, fragments and attributes that are code', () => {
    const body = [
      QUESTION_BANK,
      '',
      'A <span>word</span> and <a href="https://hr.fixture.edu/" onClick="steal()">a link</a>.',
      '',
      '<iframe src="https://elsewhere.example/" />',
      '',
      '<></>',
      '',
      '<QuestionBank count={5} />',
      '',
      '<QuestionBank {...props} />',
      '',
      '<QuestionBank onLoad="go()" />',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([
      'content/guides/a-guide.mdx:6:3 has the HTML tag <span>, and bodies take no HTML (expected plain text)',
      "content/guides/a-guide.mdx:6:25 has an event attribute (onclick) on <a>, code that would run in the reader's browser (expected Markdown without HTML: delete the tag and its attributes)",
      'content/guides/a-guide.mdx:8:1 has embedded content (<iframe>), which shows another site or file inside the page (expected a link to it instead, such as [Watch the recording](https://...))',
      'content/guides/a-guide.mdx:10:1 has a fragment, <>, which is code (expected text, and content components such as <QuestionBank />)',
      'content/guides/a-guide.mdx:12:1 gives <QuestionBank> code in braces for count, which would run when the site is built (expected text in quotes: count="...")',
      'content/guides/a-guide.mdx:14:1 gives <QuestionBank> code in braces, {...props}, which would run when the site is built (expected attributes written as name="text")',
      "content/guides/a-guide.mdx:16:1 has an event attribute (onLoad) on <QuestionBank>, code that would run in the reader's browser (expected the component without it, such as <QuestionBank />)",
    ]);
  });
});
