/**
 * The fixture institution built as another one: only site.config.yaml's two names change, and
 * every page, calendar file, JSON file and search index says the new names and nothing of the old
 * ones. The fixture's content names its institution with %institution% and %institution-short%.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIn, projectCopy } from '../support/project-copy.ts';

const NORTHFIELD = 'institution:\n  name: Northfield University\n  shortName: the University\n';

// Built first with the fixture's own names, then as Northfield: what a build keeps for the next
// one (Astro's content store) must not carry the old names over.
const copy = projectCopy({ content: 'site' });
afterAll(() => copy.remove());
const before = buildIn(copy);
const config = join(copy.root, 'site.config.yaml');
writeFileSync(
  config,
  readFileSync(config, 'utf8').replace(/^institution:\n(?: {2}.*\n)+/m, NORTHFIELD),
);
const run = buildIn(copy);
const page = (path: string) => load(readFileSync(join(copy.dist, path), 'utf8'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Keys whose values are addresses or ids, not words a reader sees. */
const NOT_TEXT = new Set(['id', 'ids', 'url', 'href', 'slug', 'path', 'file', '@id', 'image']);

/** Every string of a JSON value that is text, not an id or address. */
function jsonTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return NOT_TEXT.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => jsonTexts(item, key));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([name, item]) => jsonTexts(item, name));
  return [];
}

/** The words a reader, a calendar app or a search could show, from one built file. */
function textOf(file: string, bytes: Buffer): string[] {
  const raw = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString();
  if (file.endsWith('.html')) {
    const $ = load(raw);
    const attributes = $('[content], [alt], [title], [aria-label], [placeholder], [value]')
      .toArray()
      .flatMap((element) =>
        ['content', 'alt', 'title', 'aria-label', 'placeholder', 'value'].map(
          (name) => $(element).attr(name) ?? '',
        ),
      );
    // Text includes <title>, <textarea> and the JSON-LD scripts.
    return [$.root().text(), ...attributes];
  }
  if (file.endsWith('.ics'))
    // Unfolded; UID and URL lines are addresses.
    return raw
      .replace(/\r?\n[ \t]/g, '')
      .split(/\r?\n/)
      .filter((line) => !/^(UID|URL)[;:]/.test(line));
  if (file.endsWith('.json') || file.includes('/pagefind/')) {
    try {
      return jsonTexts(JSON.parse(raw));
    } catch {
      return [raw];
    }
  }
  return [];
}

function builtTexts(): { file: string; text: string }[] {
  return readdirSync(copy.dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .flatMap((path) => {
      const file = relative(copy.dist, path);
      return textOf(file, readFileSync(path)).map((text) => ({ file, text }));
    });
}

describe('the fixture institution built as Northfield University', () => {
  it('builds', () => {
    expect(before.status).toBe(0);
    expect(readFileSync(config, 'utf8')).toContain(NORTHFIELD);
    expect(run.output).toContain('Published the new site to dist/.');
    expect(run.status).toBe(0);
  });

  it('names the University in a guide, capitalised where a sentence starts', () => {
    expect(squash(page('guides/start-here/index.html')('article').text())).toContain(
      'The University has staff in many teams and places. Across Northfield University, colleagues have offered to talk about their work.',
    );
  });

  it('names it in a question of the question bank and in a goal', () => {
    const bank = page('guides/question-bank/index.html');
    expect(bank('[data-question-id="how-you-started"] .question__text').text()).toBe(
      'How did you come to work in your team at the University?',
    );
    expect(squash(page('index.html')('main').text())).toContain(
      'How is leadership changing the University?',
    );
  });

  it('names it in the header, the footer and the page titles', () => {
    const home = page('index.html');
    expect(squash(home('header .site-title').text())).toBe(
      'Northfield University Staff Connections',
    );
    expect(squash(home('footer').text())).toContain('© 2026 Northfield University.');
    expect(home('title').text()).toBe('Staff Connections – Northfield University');
  });

  it('names it on the workshop pages, in their words and their schema.org data', () => {
    const workshop = page('workshops/networking-basics/index.html');
    expect(squash(workshop('main').text())).toContain(
      'This workshop shows you how to build a network at the University, one conversation at a time. The University welcomes staff in every role. The workshop is open to everyone at Northfield University.',
    );
    const jsonLd = JSON.parse(workshop('script[type="application/ld+json"]').text()) as Record<
      string,
      unknown
    >;
    expect(jsonLd['provider']).toEqual({ '@type': 'Organization', name: 'Northfield University' });
    expect(squash(page('workshops/index.html')('main').text())).toContain(
      'meet people from across the University.',
    );
  });

  it("names it in a contact's request template", () => {
    expect(page('directory/amara-osei/index.html')('textarea#request-body').text()).toContain(
      'I am [your name], [your role] in [your department] at the University. I found you in the Staff Connections directory',
    );
  });

  it('leaves no "Institute", no old name and no raw placeholder in any page, calendar, JSON or index', () => {
    const texts = builtTexts();
    expect(texts.filter(({ file }) => file.endsWith('.ics')).length).toBeGreaterThan(3);
    expect(texts.filter(({ file }) => file === 'search-vocabulary.json').length).toBeGreaterThan(0);
    const leftovers = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/.{0,30}(?:institute|harbour valley|the college|%[a-z-]+%).{0,30}/gi)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );
    expect(leftovers).toEqual([]);
  });
});
