import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { isSitePath, linkKind } from '../../src/shared/links.ts';
import { buildCopy } from '../support/project-copy.ts';
import { servedFile } from '../support/served-file.ts';

const BASE = '/networking/';
// The fixture site as a school might publish it: under a base path, and with a guide set of its
// own that has no "prepare-for-a-conversation" guide for the directory to point to.
const copy = buildCopy({
  content: 'site',
  editConfig: (text) => text.replace(/^base: \/$/m, 'base: /networking'),
  prepare: (root) => rmSync(join(root, 'content/guides/prepare-for-a-conversation.mdx')),
});
afterAll(() => copy.remove());
// The web editor's page (admin/) is not a page of the site: web-editor-output.test.ts checks it.
const pages = readdirSync(copy.dist, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.html') && !file.startsWith('admin/'),
);
const load = (page: string) => cheerio.load(readFileSync(join(copy.dist, page), 'utf8'));

const fileFor = (urlPath: string) => servedFile(copy.dist, BASE, urlPath);

describe('a site published under a base path, with a guide set of its own', () => {
  it('builds', () => {
    expect(copy.output).toContain('Complete!');
    expect(copy.status).toBe(0);
  });

  it('links only to pages and files under the base that exist', () => {
    // The fixture's 97 pages, less the guide taken out.
    expect(pages).toHaveLength(96);
    const written = pages.flatMap((page) => {
      const $ = load(page);
      return $('a[href], link[href], script[src], img[src], form[action]')
        .toArray()
        .filter((element) => $(element).attr('rel') !== 'canonical')
        .map((element) => ({
          page,
          raw: $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action') ?? '',
        }));
    });
    // Every address is a path from the root, a fragment or has a scheme: none that a browser
    // could read as another site ("//host", "/\host") or relative to the page.
    expect(
      written
        .filter(({ raw }) => linkKind(raw) === 'ambiguous')
        .map(({ page, raw }) => `${page}: ${raw}`),
    ).toEqual([]);
    const links = written.filter(({ raw }) => isSitePath(raw));
    expect(links.length).toBeGreaterThan(1000);
    const broken = links
      .filter(({ raw }) => !fileFor(new URL(raw, 'https://people.example.edu').pathname))
      .map(({ page, raw }) => `${page}: ${raw}`);
    expect(broken).toEqual([]);
  });

  it('keeps the base in links written in guide content', () => {
    expect(
      load('guides/start-here/index.html')('article a:contains("directory")').attr('href'),
    ).toBe('/networking/directory/');
  });

  it('does not point the directory to a guide the site does not have', () => {
    const listing = load('directory/index.html')('main').text().replace(/\s+/g, ' ');
    expect(listing).toContain('Keep your request short and ask for 20 to 30 minutes.');
    expect(listing).not.toContain('how to prepare for a conversation');
    const profile = load('directory/amara-osei/index.html');
    expect(profile('a[href*="prepare-for-a-conversation"]')).toHaveLength(0);
    expect(profile('.request a[href="/networking/guides/question-bank/"]')).toHaveLength(1);
  });

  it('keeps the base in the sitemap, robots.txt and calendar links', () => {
    expect(readFileSync(join(copy.dist, 'robots.txt'), 'utf8')).toContain(
      'https://people.example.edu/networking/sitemap-index.xml',
    );
    expect(readFileSync(join(copy.dist, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://people.example.edu/networking/guides/</loc>',
    );
    expect(
      readFileSync(join(copy.dist, 'workshops/calendar.ics'), 'utf8').replace(/\r\n[ \t]/g, ''),
    ).toContain('https://people.example.edu/networking/workshops/networking-basics/');
  });
});
