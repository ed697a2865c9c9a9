import type { Contact } from '../content-model/schemas/contact.ts';
import type { Department } from '../content-model/schemas/department.ts';
import type { Goal } from '../content-model/schemas/goal.ts';
import type { Location } from '../content-model/schemas/location.ts';
import type { Topic } from '../content-model/schemas/topic.ts';
import { MEETING_FORMATS } from '../content-model/meeting-formats.ts';

export interface Taxonomies {
  departments: ReadonlyMap<string, Department>;
  topics: ReadonlyMap<string, Topic>;
  locations: ReadonlyMap<string, Location>;
  goals: ReadonlyMap<string, Goal>;
}

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
  formats: { id: Contact['formats'][number]; label: string; phrase: string }[];
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
  };
}
