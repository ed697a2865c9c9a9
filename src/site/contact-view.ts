import { contactSchema, type Contact } from '../content-model/schemas/contact.ts';
import type { Department } from '../content-model/schemas/department.ts';
import type { Goal } from '../content-model/schemas/goal.ts';
import type { Location } from '../content-model/schemas/location.ts';
import type { Topic } from '../content-model/schemas/topic.ts';
import { termFields, termIdsIn } from '../content-model/schemas/term-fields.ts';
import { TAXONOMY_NAMES, type TaxonomyName, type Term } from '../content-model/taxonomies.ts';
import { MEETING_FORMATS } from '../content-model/vocabularies.ts';

/** The terms of every taxonomy, by id. */
export type Taxonomies = { [Name in TaxonomyName]: ReadonlyMap<string, Term<Name>> };

const CONTACT_TERM_FIELDS = termFields(contactSchema);

/** A contact with every id resolved to what readers see. Ids were checked by the validator. */
export interface ContactView extends Omit<
  Contact,
  'department' | 'location' | 'askMeAbout' | 'helpsWith' | 'formats'
> {
  id: string;
  department: Department;
  location: Location;
  topics: Topic[];
  goals: Goal[];
  formats: ({
    id: Contact['formats'][number];
  } & (typeof MEETING_FORMATS)[Contact['formats'][number]])[];
  /** The ids the contact holds of each taxonomy, for browse pages and search filters. */
  termIds: Record<TaxonomyName, string[]>;
}

function resolve<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`Unknown ${what} "${id}": run npm run validate`);
  return found;
}

export function contactView(id: string, contact: Contact, taxonomies: Taxonomies): ContactView {
  const { department, location, askMeAbout, helpsWith, formats, ...rest } = contact;
  return {
    ...rest,
    id,
    department: resolve(taxonomies.departments, department, 'department'),
    location: resolve(taxonomies.locations, location, 'location'),
    topics: askMeAbout.map((topic) => resolve(taxonomies.topics, topic, 'topic')),
    goals: helpsWith
      .map((goal) => resolve(taxonomies.goals, goal, 'goal'))
      .sort((a, b) => a.order - b.order),
    formats: formats.map((format) => ({ id: format, ...MEETING_FORMATS[format] })),
    termIds: Object.fromEntries(
      TAXONOMY_NAMES.map((name) => [
        name,
        CONTACT_TERM_FIELDS.filter(({ taxonomy }) => taxonomy === name).flatMap(({ field }) =>
          termIdsIn(contact, field),
        ),
      ]),
    ) as Record<TaxonomyName, string[]>,
  };
}
