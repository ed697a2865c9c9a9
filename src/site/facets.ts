import type { ContactView } from './contact-view.ts';
import { MEETING_FORMATS } from '../content-model/meeting-formats.ts';
import type { Facet } from '../shared/search-state.ts';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface FacetGroup {
  facet: Facet;
  legend: string;
  values: FacetValue[];
}

/** The values a contact has for each search facet: the same ids are written into the search index as filters. */
export function facetValues(contact: ContactView): Record<Facet, string[]> {
  return {
    department: [contact.department.id],
    topic: contact.topics.map((topic) => topic.id),
    goal: contact.goals.map((goal) => goal.id),
    location: [contact.location.id],
    format: contact.formats.map((format) => format.id),
    accepting: [contact.accepting ? 'yes' : 'no'],
  };
}

type Labelled = { id: string; label: string }[];

/** Facet groups with how many published contacts have each value; values no one has are left out. */
export function facetGroups(
  contacts: readonly ContactView[],
  options: { departments: Labelled; topics: Labelled; goals: Labelled; locations: Labelled },
): FacetGroup[] {
  const counts = new Map<string, number>();
  for (const contact of contacts) {
    for (const [facet, values] of Object.entries(facetValues(contact))) {
      for (const value of values)
        counts.set(`${facet}:${value}`, (counts.get(`${facet}:${value}`) ?? 0) + 1);
    }
  }
  const group = (facet: Facet, legend: string, values: Labelled): FacetGroup => ({
    facet,
    legend,
    values: values
      .map(({ id, label }) => ({ value: id, label, count: counts.get(`${facet}:${id}`) ?? 0 }))
      .filter((value) => value.count > 0),
  });
  return [
    group('department', 'Department', options.departments),
    group('topic', 'Topic', options.topics),
    group('goal', 'Can help you find out', options.goals),
    group('location', 'Location', options.locations),
    group(
      'format',
      'Way to meet',
      Object.entries(MEETING_FORMATS).map(([id, format]) => ({ id, label: format.label })),
    ),
    group('accepting', 'Availability', [
      { id: 'yes', label: 'Taking requests' },
      { id: 'no', label: 'Paused' },
    ]),
  ];
}
