import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { inject } from 'vitest';

/** The dist/ of the build this test project's global setup made (the fixture site, or content/ for the smoke test). */
export const DIST = inject('distDir');

/**
 * Every HTML page of the built site, as a path relative to dist/ with forward slashes. The web
 * editor's page (admin/) is not a page of the site: tests/build/web-editor-output.test.ts checks it.
 */
export function htmlPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !file.startsWith('admin/'))
    .sort();
}

export function loadPage(page: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(DIST, page), 'utf8'));
}

/** The URL path a page in dist/ is served at: guides/index.html -> /guides/. */
export function urlPathOf(page: string): string {
  return `/${relative('.', page)
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '')}`;
}
