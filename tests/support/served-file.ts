import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

/**
 * The file in a built folder that a URL path is served from, if any: with base "/networking/",
 * "/networking/guides/" is guides/index.html. Undefined for a path outside the base or with no file.
 */
export function servedFile(dist: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(base.length));
  const candidates =
    inside === '' || inside.endsWith('/')
      ? [`${inside}index.html`]
      : [inside, `${inside}.html`, `${inside}/index.html`];
  return candidates.find(
    (candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile(),
  );
}

/**
 * The links of a page at `pageUrl` (as written in it) that reach no file of the built folder, or
 * an anchor that is not on the page they reach.
 */
export function brokenLinks(
  dist: string,
  base: string,
  pageUrl: string | URL,
  links: readonly string[],
): string[] {
  return links.filter((raw) => {
    const url = new URL(raw, pageUrl);
    const file = servedFile(dist, base, url.pathname);
    if (!file) return true;
    if (!url.hash) return false;
    const id = decodeURIComponent(url.hash.slice(1));
    if (!file.endsWith('.html')) return true;
    return cheerio.load(readFileSync(join(dist, file), 'utf8'))(`[id="${id}"]`).length === 0;
  });
}
