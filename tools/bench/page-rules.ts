/**
 * What the bench reads from a built page, as pure functions of its text (tools/bench/page-audit.ts
 * walks dist/ with them): the page's kind, its content security policy and whether that policy
 * comes first, its module scripts, and whether a script loads Pagefind's search.
 */
import { asFolder, type SiteUrls } from '../../src/shared/urls.ts';

export type PageKind = 'profile' | 'listing' | 'other';

/** A built file's URL under base "/": "directory/ab/index.html" is "/directory/ab/". */
export function pageUrl(distPath: string): string {
  return `/${distPath.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Every URL a directory listing can have: /directory/ and its pages, and for each browse kind its
 * index and each term's pages, up to `maxPage` pages each.
 */
export function listingUrls(
  urls: SiteUrls,
  kinds: readonly { kind: string; ids: readonly string[] }[],
  maxPage: number,
): Set<string> {
  const listings = new Set<string>();
  for (let page = 1; page <= maxPage; page++) {
    listings.add(urls.directory(page));
    for (const { kind, ids } of kinds)
      for (const id of ids) listings.add(urls.browseTerm(kind, id, page));
  }
  for (const { kind } of kinds) listings.add(urls.browseIndex(kind));
  return listings;
}

export function pageKind(
  url: string,
  profiles: ReadonlySet<string>,
  listings: ReadonlySet<string>,
): PageKind {
  if (profiles.has(asFolder(url))) return 'profile';
  return listings.has(asFolder(url)) ? 'listing' : 'other';
}

const CSP_META = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;

/** The policy of the page's CSP <meta>, or undefined without one. */
export function policyOf(html: string): string | undefined {
  const meta = CSP_META.exec(html)?.[0];
  if (meta === undefined) return undefined;
  const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  return (content?.[1] ?? content?.[2] ?? '').replace(/&#39;|&apos;/g, "'");
}

/** Whether the policy grants what only Pagefind's search needs: WebAssembly and workers. */
export const grantsSearchAllowances = (policy: string) =>
  /'wasm-unsafe-eval'|(^|;)\s*worker-src\b/i.test(policy);

/** Whether the CSP <meta> comes before every stylesheet link and script (false without one). */
export function policyComesFirst(html: string): boolean {
  const meta = html.search(CSP_META);
  if (meta < 0) return false;
  const stylesheet = html.search(/<link\b[^>]*\brel=["']?stylesheet\b/i);
  const script = html.search(/<script\b/i);
  return (stylesheet < 0 || meta < stylesheet) && (script < 0 || meta < script);
}

/** The page's module scripts: each an external file (its src) or inline text. */
export function moduleScripts(html: string): ({ src: string } | { inline: string })[] {
  const scripts: ({ src: string } | { inline: string })[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (!/\btype=["']?module\b/i.test(attributes)) continue;
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const path = src?.[1] ?? src?.[2] ?? src?.[3];
    scripts.push(path === undefined ? { inline: match[2] ?? '' } : { src: path });
  }
  return scripts;
}

/** The modules a script imports by a literal path, statically or on demand ("./chunk.js"). */
export function importedPaths(script: string): string[] {
  const found = [
    ...script.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g),
    ...script.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
  ];
  return [...new Set(found.map((match) => match[1] ?? ''))].filter((path) => path.startsWith('.'));
}

/**
 * Whether a script itself starts Pagefind: an import() of the URL of pagefind.js, as
 * src/browser/pagefind-loader.ts does through siteUrls().pagefindScript(). The URL helpers alone
 * (bundled into every page that builds a URL) do not count.
 */
export const startsPagefind = (script: string) =>
  /\bimport\s*\([^()]*(?:pagefindScript\s*\(\s*\)|pagefind\.js["'`])/.test(script);

/** Pagefind files that no page of ours loads: its ready-made UIs and the unknown-language wasm. */
export const isUnusedPagefindFile = (name: string) =>
  /^(pagefind-ui|pagefind-modular-ui|pagefind-component-ui|pagefind-highlight)[.-]|^wasm\.unknown\./.test(
    name,
  );

export interface SizeSummary {
  count: number;
  median: number;
  max: number;
}

export function sizeSummary(sizes: readonly number[]): SizeSummary | undefined {
  if (sizes.length === 0) return undefined;
  const sorted = [...sizes].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { count: sorted.length, median, max: sorted.at(-1)! };
}
