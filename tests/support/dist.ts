import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = join(process.cwd(), 'dist');

/** Every HTML page of the built site, as a path relative to dist/ with forward slashes. */
export function htmlPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
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
