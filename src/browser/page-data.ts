/**
 * What a page tells its browser code in data attributes: the base path its URLs live under
 * (data-base) and the directory's search facets (data-facets).
 */
import { siteUrls, type SiteUrls } from '../shared/urls.ts';

export function urlsFor(element: HTMLElement): SiteUrls {
  return siteUrls(element.dataset['base'] ?? '/');
}

export function facetsFor(element: HTMLElement): string[] {
  return (element.dataset['facets'] ?? '').split(' ').filter(Boolean);
}
