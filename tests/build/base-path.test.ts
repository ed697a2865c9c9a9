import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/project-copy.ts';

const BASE = '/networking/';
// The real content, published under a base path, as a school or department might.
const copy = buildCopy({
  realContent: true,
  editConfig: (text) => text.replace(/^base: \/$/m, 'base: /networking'),
});
afterAll(() => copy.remove());
const dist = join(copy.root, 'dist');

function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  const candidates =
    inside === '' || inside.endsWith('/')
      ? [`${inside}index.html`]
      : [inside, `${inside}/index.html`];
  return candidates.find(
    (candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile(),
  );
}

describe('a site published under a base path', () => {
  it('builds', () => {
    expect(copy.output).toContain('Complete!');
    expect(copy.status).toBe(0);
  });

  it('links only to pages and files under the base that exist', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(50);
    const broken: string[] = [];
    for (const page of pages) {
      const $ = cheerio.load(readFileSync(join(dist, page), 'utf8'));
      $('a[href], link[href], script[src], img[src], form[action]').each((_, element) => {
        const raw =
          $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action') ?? '';
        if (!raw.startsWith('/') || raw.startsWith('//') || $(element).attr('rel') === 'canonical')
          return;
        if (!fileFor(new URL(raw, 'https://hr.example.edu').pathname))
          broken.push(`${page}: ${raw}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('keeps the base in the sitemap, robots.txt and calendar links', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
      'https://hr.example.edu/networking/sitemap-index.xml',
    );
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://hr.example.edu/networking/guides/</loc>',
    );
    expect(
      readFileSync(join(dist, 'workshops/calendar.ics'), 'utf8').replace(/\r\n[ \t]/g, ''),
    ).toContain('https://hr.example.edu/networking/workshops/');
  });
});
