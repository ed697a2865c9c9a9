/**
 * What the site search finds, in the order its results are shown: one group per kind of page, by
 * the `type` filter each page carries for Pagefind. The search page lists the groups its edition
 * holds (the public edition has no contacts) and hands their types to browser code in data-groups.
 */
export interface SearchGroup {
  /** The page's `data-pagefind-filter="type:..."`. */
  type: string;
  /** The heading of its results. */
  heading: string;
  /** How the search box names it: "Search guides, workshops and groups". */
  noun: string;
  /** Whether its pages are about people, and so in the staff edition only. */
  people: boolean;
}

export const SEARCH_GROUPS: readonly SearchGroup[] = [
  { type: 'guide', heading: 'Guides', noun: 'guides', people: false },
  { type: 'contact', heading: 'Contacts', noun: 'contacts', people: true },
  { type: 'workshop', heading: 'Workshops and events', noun: 'workshops', people: false },
  { type: 'group', heading: 'Employee groups', noun: 'groups', people: false },
];

/** The groups of an edition that does, or does not, hold pages about people. */
export function searchGroupsWith({ people }: { people: boolean }): SearchGroup[] {
  return SEARCH_GROUPS.filter((group) => people || !group.people);
}

/** The groups named in a page's data-groups ("guide workshop group"), in the search's order. */
export function searchGroupsOf(types: string): SearchGroup[] {
  const wanted = new Set(types.split(' ').filter(Boolean));
  return SEARCH_GROUPS.filter((group) => wanted.has(group.type));
}

// British English lists take no comma before "and", as the site's text is written.
const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "guides, workshops and groups": the nouns of `groups` as a sentence would list them. */
export function listedNouns(groups: readonly SearchGroup[]): string {
  return LIST.format(groups.map((group) => group.noun));
}
