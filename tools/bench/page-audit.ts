/**
 * Reads every page of a built site once: gzip sizes of profiles and directory listings, the
 * per-page content security policy against the scripts the page runs, and the Pagefind files no
 * page loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGEFIND_FOLDER, asFolder, siteUrls } from '../../src/shared/urls.ts';
import {
  grantsSearchAllowances,
  importedPaths,
  isUnusedPagefindFile,
  listingUrls,
  moduleScripts,
  pageKind,
  pageUrl,
  policyComesFirst,
  policyOf,
  sizeSummary,
  startsPagefind,
  type SizeSummary,
} from './page-rules.ts';

export interface PageAudit {
  pages: number;
  profileGzip: SizeSummary | undefined;
  listingGzip: SizeSummary | undefined;
  /** The largest listing page, by URL. */
  largestListing: string | undefined;
  /** Pages whose policy allows WebAssembly or workers though none of their scripts starts Pagefind. */
  searchAllowancesWithoutSearch: string[];
  /** Pages that start Pagefind (for the record: these may carry the allowances). */
  searchPages: string[];
  /** Pages whose CSP <meta> is missing or comes after a stylesheet link or a script. */
  policyNotFirst: string[];
  unusedPagefindFiles: { name: string; bytes: number }[];
}

export interface BrowseKind {
  kind: string;
  ids: readonly string[];
}

/** Whether a script file, or a module it imports, starts Pagefind; each file read once. */
function pagefindStarter(dist: string) {
  const known = new Map<string, boolean>();
  const starts = (path: string): boolean => {
    const cached = known.get(path);
    if (cached !== undefined) return cached;
    known.set(path, false); // an import cycle adds nothing
    const file = join(dist, path);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const result =
      startsPagefind(text) ||
      importedPaths(text).some((imported) => starts(posix.join(posix.dirname(path), imported)));
    known.set(path, result);
    return result;
  };
  return starts;
}

export function auditPages(
  dist: string,
  base: string,
  slugs: readonly string[],
  kinds: readonly BrowseKind[],
  maxPage: number,
): PageAudit {
  const urls = siteUrls('/');
  const root = asFolder(base.startsWith('/') ? base : `/${base}`);
  const profiles = new Set(slugs.map((slug) => urls.profile(slug)));
  const listings = listingUrls(urls, kinds, maxPage);
  const starts = pagefindStarter(dist);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.html'))
    .sort();
  const profileSizes: number[] = [];
  const listingSizes: { url: string; bytes: number }[] = [];
  const audit: Omit<PageAudit, 'pages' | 'profileGzip' | 'listingGzip' | 'largestListing'> = {
    searchAllowancesWithoutSearch: [],
    searchPages: [],
    policyNotFirst: [],
    unusedPagefindFiles: [],
  };
  for (const path of pages) {
    const html = readFileSync(join(dist, path), 'utf8');
    const url = pageUrl(path);
    const kind = pageKind(url, profiles, listings);
    if (kind !== 'other') {
      const bytes = gzipSync(html, { level: 9 }).length;
      if (kind === 'profile') profileSizes.push(bytes);
      else listingSizes.push({ url, bytes });
    }
    const runsSearch = moduleScripts(html).some((script) => {
      if ('inline' in script) return startsPagefind(script.inline);
      if (/^[a-z][a-z+.-]*:|^\/\//i.test(script.src)) return false;
      const file = script.src.startsWith(root)
        ? script.src.slice(root.length)
        : posix.join(posix.dirname(path), script.src);
      return starts(posix.normalize(file));
    });
    if (runsSearch) audit.searchPages.push(url);
    const policy = policyOf(html);
    if (policy !== undefined && grantsSearchAllowances(policy) && !runsSearch)
      audit.searchAllowancesWithoutSearch.push(url);
    if (!policyComesFirst(html)) audit.policyNotFirst.push(url);
  }
  const bundle = join(dist, PAGEFIND_FOLDER);
  if (existsSync(bundle))
    audit.unusedPagefindFiles = readdirSync(bundle, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isUnusedPagefindFile(entry.name))
      .map((entry) => ({
        name: entry.name,
        bytes: readFileSync(join(bundle, entry.name)).length,
      }));
  const largest = listingSizes.reduce<{ url: string; bytes: number } | undefined>(
    (top, page) => (top === undefined || page.bytes > top.bytes ? page : top),
    undefined,
  );
  return {
    pages: pages.length,
    profileGzip: sizeSummary(profileSizes),
    listingGzip: sizeSummary(listingSizes.map((page) => page.bytes)),
    largestListing: largest?.url,
    ...audit,
  };
}
