import type { SiteUrls } from '../shared/urls.ts';
import { BROWSE_KINDS } from '../content-model/taxonomies.ts';

/** Path prefixes of the pages about people: the directory, profiles and the browse pages. */
export function directoryPathPrefixes(urls: SiteUrls): string[] {
  return [urls.directory(), ...BROWSE_KINDS.map((kind) => urls.browseIndex(kind))];
}
