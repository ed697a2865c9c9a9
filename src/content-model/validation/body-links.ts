/**
 * Which links a body may carry: https pages, mailto addresses, pages of this site written from its
 * root (/guides/start-here/), and places on the same page (#heading). Anything else is refused by
 * allow-list, so no spelling of javascript: or data: gets through.
 */
import { isSitePath } from '../../shared/links.ts';
import { siteUrls } from '../../shared/urls.ts';

export type LinkVerdict =
  { kind: 'external' } | { kind: 'internal'; path: string } | { kind: 'refused'; message: string };

/** A page of this site as an editor writes it in a body. */
const INTERNAL_EXAMPLE = siteUrls('/').guide('start-here');

/** `url` as a browser reads it: without the tabs and line breaks it ignores, trimmed. */
function asBrowserReads(url: string): string {
  return url.replace(/[\t\n\r]/g, '').trim();
}

/** What a link to `written` is, or why it is refused. */
export function classifyLink(written: string): LinkVerdict {
  const url = asBrowserReads(written);
  const shown = `"${written}"`;
  if (url.includes('\\'))
    return {
      kind: 'refused',
      message: `links to ${shown}, which has a backslash that browsers read as "/" (expected a https:// address, or a page of this site such as ${INTERNAL_EXAMPLE})`,
    };
  if (url.startsWith('//'))
    return {
      kind: 'refused',
      message: `links to ${shown}, which starts with "//" and leaves the site (expected https://${url.slice(2)} for another site, or a page of this site such as ${INTERNAL_EXAMPLE})`,
    };
  if (url.startsWith('/')) {
    // One rule, shared with the link component, says which paths stay on the site.
    if (isSitePath(url)) return { kind: 'internal', path: url };
    return {
      kind: 'refused',
      message: `links to ${shown}, which has a space, an encoded slash (%2F, %5C) or another character that a browser or server may read as a way off the site (expected a page of this site such as ${INTERNAL_EXAMPLE})`,
    };
  }
  if (url.startsWith('#')) return { kind: 'external' };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'mailto') {
    if (scheme === 'https' && !URL.canParse(url))
      return {
        kind: 'refused',
        message: `links to ${shown}, which is not a web address browsers can open (expected an address such as https://www.example.edu/page)`,
      };
    return { kind: 'external' };
  }
  if (scheme === 'http')
    return {
      kind: 'refused',
      message: `links to ${shown}, which is not https, so readers could be shown another page on the way (expected ${url.replace(/^http:/i, 'https:')}, if that site offers https)`,
    };
  if (scheme !== undefined)
    return {
      kind: 'refused',
      message: `links to ${shown}, a ${scheme}: link, which can run code or open content the site cannot check (expected a https:// or mailto: address, or a page of this site such as ${INTERNAL_EXAMPLE})`,
    };
  return {
    kind: 'refused',
    message: `links to ${shown}, which does not say where it goes (expected a page of this site written from its root, such as ${INTERNAL_EXAMPLE}, or a https:// address)`,
  };
}
