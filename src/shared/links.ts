/**
 * What a link written in content points to, decided the way a browser reads it. Only a plain path
 * from the site's root, such as /directory/, stays on the site: browsers read "\" as "/", drop
 * tabs and line breaks anywhere in an address, and some servers decode %5C and %2F before routing,
 * so "/\host", "/<tab>/host" and "/%5Chost" can all lead off the site.
 */

export type LinkKind =
  /** A path from the site's root, "/directory/": it gets the base path. */
  | 'site-path'
  /** "#section", a place on the same page. */
  | 'fragment'
  /** An address with a scheme, "https://…", "mailto:…" (whether that scheme is allowed is the caller's rule). */
  | 'scheme'
  /** Anything else: "//host", "/\host", "\\host", "guides/x", or an address with invisible characters. */
  | 'ambiguous';

/** Spaces, control characters and "\": browsers drop or rewrite them, changing where a link goes. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const REWRITTEN_BY_BROWSERS = /[\u0000-\u0020\u007f\\]/;
/** An encoded "/" or "\" in the path, which a server may decode into "//host". */
const ENCODED_SLASH = /%(?:2f|5c)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function linkKind(href: string): LinkKind {
  if (REWRITTEN_BY_BROWSERS.test(href)) return 'ambiguous';
  if (href.startsWith('#')) return 'fragment';
  if (SCHEME.test(href)) return 'scheme';
  const path = href.split(/[?#]/, 1)[0] ?? '';
  if (/^\/(?!\/)/.test(path) && !ENCODED_SLASH.test(path)) return 'site-path';
  return 'ambiguous';
}

/** Whether a link written in content is a path of this site, so the base path goes in front. */
export function isSitePath(href: string): boolean {
  return linkKind(href) === 'site-path';
}

/** Schemes a link written in content may use to leave the site. */
const LEAVING_SCHEMES = /^(?:https|mailto):/i;

/**
 * The address a content link gets on the page: a site path under the base path, a fragment or an
 * https or mailto address as written, and nothing for any other link, which validate refuses.
 */
export function contentLinkHref(
  href: string,
  urls: { fromContent: (path: string) => string },
): string | undefined {
  const kind = linkKind(href);
  if (kind === 'site-path') return urls.fromContent(href);
  if (kind === 'fragment' || (kind === 'scheme' && LEAVING_SCHEMES.test(href))) return href;
  return undefined;
}
