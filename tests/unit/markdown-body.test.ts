import { describe, expect, it } from 'vitest';
import { markdownBodyCheck } from '../../src/content-model/validation/markdown-body.ts';
import { formatProblem } from '../../src/content-model/validation/problem.ts';

const FRONTMATTER = '---\ntitle: A workshop\n---\n';
const FILE = 'content/workshops/a-workshop.md';

const check = (body: string) => markdownBodyCheck(FILE, FRONTMATTER + body, FRONTMATTER.length);
const problems = (body: string) => check(body).problems.map(formatProblem);

const UNSAFE_LINK =
  'which can run code or open content the site cannot check (expected a https:// or mailto: address, or a page of this site such as /guides/start-here/)';

describe('a Markdown body', () => {
  it('may hold headings, lists, links, emphasis, quotations, tables, rules and code', () => {
    const body = [
      '## What you will learn',
      '',
      '- How to **ask** for a *conversation*',
      '1. [The guide](/guides/start-here/#why-network), [HR](https://hr.fixture.edu/) or [us](mailto:learning@fixture.edu)',
      '',
      '> Bring questions.  ',
      '> And a notebook.',
      '',
      '| When | Where |',
      '| :--- | ---: |',
      '| Monday | [Room 2](#rooms) |',
      '',
      '***',
      '',
      '`{braces}` and <https://sapweb.fixture.edu/training> are text and a link here.',
      '',
      '    <script>an indented code block is shown as text</script>',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([]);
    expect(check(body).internalLinks).toEqual([
      { line: 7, column: 4, path: '/guides/start-here/#why-network' },
    ]);
  });

  it('refuses HTML, naming the most dangerous tag once and saying what to write instead', () => {
    const body = [
      'A <b>bold</b> word, a <br> break and <img src="/x.png" onerror="steal()">.',
      '',
      '<div>',
      '<p>Intro</p>',
      '<form action="https://elsewhere.example/"><input name="password"></form>',
      '</div>',
      '',
      '<!-- for editors only -->',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([
      `${FILE}:4:3 has the HTML tag <b>, and bodies take no HTML (expected **bold** in Markdown)`,
      `${FILE}:4:23 has the HTML tag <br>, and bodies take no HTML (expected a line that ends with a backslash \\, or a blank line for a new paragraph)`,
      `${FILE}:4:38 has an event attribute (onerror) on <img>, code that would run in the reader's browser (expected Markdown without HTML: delete the tag and its attributes)`,
      `${FILE}:8:1 has a form (<form>), which could ask readers for a password or other details (expected a link to the real form instead, such as [Register in the training system](https://...))`,
      `${FILE}:11:1 has an HTML comment (<!-- -->), which is published in the page source (expected text only: delete it; notes for other editors belong in the pull request)`,
    ]);
  });

  it('refuses pictures, footnotes and task lists, which pages do not show', () => {
    const body =
      '![Floor plan](/plan.png)\n\nA note[^1].\n\n[^1]: The note.\n\n- [ ] Bring a pen\n';
    expect(problems(body)).toEqual([
      `${FILE}:4:1 has a picture, and pages show no pictures from bodies (expected a link to it instead: [Floor plan](https://...))`,
      `${FILE}:6:7 has a footnote, [^1] (expected the note written out as a sentence where it belongs)`,
      `${FILE}:8:1 has a footnote, [^1] (expected the note written out as a sentence where it belongs)`,
      `${FILE}:10:1 has a task list checkbox, "[ ]" (expected a plain list item: "- " then the text)`,
    ]);
  });

  it('refuses links that run code, leave the site unsafely or say nowhere, however they are spelt', () => {
    const body = [
      '[a](JavaScript:alert(1))',
      '[b](java&#x73;cript:alert(1))',
      '[c](<java\tscript:alert(1)>)',
      '[d][ref]',
      '[e](//elsewhere.example/)',
      '[f](/\\elsewhere.example/)',
      '[g](guides/start-here/)',
      '[h](vbscript:msgbox)',
      'www.fixture.edu',
      '',
      '[ref]: data:text/html,<b>hi</b>',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([
      `${FILE}:4:1 links to "JavaScript:alert(1)", a javascript: link, ${UNSAFE_LINK}`,
      `${FILE}:5:1 links to "javascript:alert(1)", a javascript: link, ${UNSAFE_LINK}`,
      `${FILE}:6:1 links to "java\\tscript:alert(1)", a javascript: link, ${UNSAFE_LINK}`,
      `${FILE}:8:1 links to "//elsewhere.example/", which starts with "//" and leaves the site (expected https://elsewhere.example/ for another site, or a page of this site such as /guides/start-here/)`,
      `${FILE}:9:1 links to "/\\elsewhere.example/", which has a backslash that browsers read as "/" (expected a https:// address, or a page of this site such as /guides/start-here/)`,
      `${FILE}:10:1 links to "guides/start-here/", which does not say where it goes (expected a page of this site written from its root, such as /guides/start-here/, or a https:// address)`,
      `${FILE}:11:1 links to "vbscript:msgbox", a vbscript: link, ${UNSAFE_LINK}`,
      `${FILE}:12:1 links to "http://www.fixture.edu", which is not https, so readers could be shown another page on the way (expected https://www.fixture.edu, if that site offers https)`,
      `${FILE}:14:1 links to "data:text/html,<b>hi</b>", a data: link, ${UNSAFE_LINK}`,
    ]);
  });

  it('refuses a site path with an encoded slash, which a server may route off the site', () => {
    expect(problems('[a](/%5Celsewhere.example/) and [b](/guides%2F..%2F/)\n')).toEqual([
      `${FILE}:4:1 links to "/%5Celsewhere.example/", which has a space, an encoded slash (%2F, %5C) or another character that a browser or server may read as a way off the site (expected a page of this site such as /guides/start-here/)`,
      `${FILE}:4:33 links to "/guides%2F..%2F/", which has a space, an encoded slash (%2F, %5C) or another character that a browser or server may read as a way off the site (expected a page of this site such as /guides/start-here/)`,
    ]);
  });

  it('reads braces and import lines as text, as the Markdown renderer does', () => {
    expect(problems("import fs from 'node:fs'\n\nCosts {about} $5.\n")).toEqual([]);
  });
});
