import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST } from '../support/dist.ts';

const admin = (file: string) => join(DIST, 'admin', file);

describe('the web editor in the staff edition', () => {
  const $ = cheerio.load(readFileSync(admin('index.html'), 'utf8'));

  it('serves the Decap CMS bundle from our own origin, never a CDN', () => {
    expect(
      $('script')
        .map((_, script) => $(script).attr('src'))
        .get(),
    ).toEqual(['decap-cms.js', 'editor-save.js']);
    expect(existsSync(admin('decap-cms.js'))).toBe(true);
    // Types stripped, so the browser can run it.
    expect(readFileSync(admin('editor-save.js'), 'utf8')).toContain(
      'registerEventListener({\n\tname: "preSave"',
    );
    // The bundle loads its chunks from beside itself.
    expect(existsSync(admin('103.decap-cms.js'))).toBe(true);
  });

  it('has its own policy, reaching off-site only the configured git host', () => {
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://git.hvc.example.org; connect-src 'self' https://git.hvc.example.org; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('is kept out of search engines, the sitemap and the site search', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')).toMatch(
      /"page_count":68\b/,
    );
  });

  it("points the editor at its configuration, generated for this institution's git host", () => {
    expect($('link[rel="cms-config-url"]').attr('href')).toBe('config.yml');
    const config = parse(readFileSync(admin('config.yml'), 'utf8')) as {
      backend: { name: string; repo: string };
      collections: { name: string }[];
    };
    expect(config.backend.name).toBe('gitlab');
    expect(config.backend.repo).toBe('harbour-valley/staff-connections');
    expect(config.collections.map((collection) => collection.name)).toEqual([
      'contacts',
      'workshops',
      'groups',
      'guides',
      'lists',
    ]);
  });
});
