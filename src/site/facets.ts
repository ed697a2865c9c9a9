/**
 * The directory's search filters: one for each taxonomy the registry makes a facet, then the way to
 * meet and availability. The directory's own index (directory-search-index.ts) has a file per facet;
 * of these, only department and availability also reach Pagefind, for the header search.
 */
import type { ContactView } from './contact-view.ts';
import { terms } from './collections.ts';
import { taxonomyOf, TAXONOMY_NAMES, type TaxonomyName } from '../content-model/taxonomies.ts';
import { idsOf, MEETING_FORMATS } from '../content-model/vocabularies.ts';
import { AVAILABILITY_FACET } from '../shared/directory-index.ts';
import { withFilter, type SearchState } from '../shared/search-state.ts';

const TAXONOMY_FACETS = TAXONOMY_NAMES.flatMap((name) => {
  const { facet } = taxonomyOf(name);
  return facet ? [{ name, ...facet }] : [];
});

const AVAILABILITY = [
  { id: 'yes', label: 'Taking requests' },
  { id: 'no', label: 'Paused' },
];

/** Every facet's search parameter, in the order of the filters and of the URL. */
export const FACETS: readonly string[] = [
  ...TAXONOMY_FACETS.map((facet) => facet.param),
  'format',
  AVAILABILITY_FACET,
];

/** The directory search for everyone who holds a term; none when its taxonomy is no filter. */
export function searchForTerm(name: TaxonomyName, id: string): SearchState | undefined {
  const { facet } = taxonomyOf(name);
  return facet ? withFilter(facet.param, id) : undefined;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface FacetGroup {
  facet: string;
  legend: string;
  values: FacetValue[];
}

/** The values a contact has for each search facet. */
export function facetValues(contact: ContactView): Record<string, string[]> {
  return {
    ...Object.fromEntries(TAXONOMY_FACETS.map(({ name, param }) => [param, contact.termIds[name]])),
    format: contact.formats.map((format) => format.id),
    [AVAILABILITY_FACET]: [contact.accepting ? 'yes' : 'no'],
  };
}

type Labelled = { id: string; label: string }[];

/** Facet groups with how many published contacts have each value; values no one has are left out. */
export async function facetGroups(contacts: readonly ContactView[]): Promise<FacetGroup[]> {
  const counts = new Map<string, number>();
  for (const contact of contacts) {
    for (const [facet, values] of Object.entries(facetValues(contact))) {
      for (const value of values)
        counts.set(`${facet}:${value}`, (counts.get(`${facet}:${value}`) ?? 0) + 1);
    }
  }
  const group = (facet: string, legend: string, values: Labelled): FacetGroup => ({
    facet,
    legend,
    values: values
      .map(({ id, label }) => ({ value: id, label, count: counts.get(`${facet}:${id}`) ?? 0 }))
      .filter((value) => value.count > 0),
  });
  const taxonomyGroups = await Promise.all(
    TAXONOMY_FACETS.map(async ({ name, param, legend }) =>
      group(
        param,
        legend,
        (await terms(name)).map((term) => ({
          id: term.id,
          label: taxonomyOf(name).termName(term),
        })),
      ),
    ),
  );
  return [
    ...taxonomyGroups,
    group(
      'format',
      'Way to meet',
      idsOf(MEETING_FORMATS).map((id) => ({ id, label: MEETING_FORMATS[id].label })),
    ),
    group(AVAILABILITY_FACET, 'Availability', AVAILABILITY),
  ];
}
