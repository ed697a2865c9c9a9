/**
 * Scores a network the reader lists by circle: its strength (how well they know people) and its
 * breadth (how many circles it reaches), and names the gaps with a place to fill each one.
 */
import { withFilter } from './search-state.ts';
import { parseJson, readItems, type ReadList } from './stored-data.ts';
import type { SiteUrls } from './urls.ts';

/** Where a reader can fill a gap: the directory filtered by a goal of content/taxonomies/goals.yaml, or the groups page. */
export type GapPlace = { goal: string } | 'groups';

/**
 * The page for a gap. A school's own goals may not include the one a circle names; then the whole
 * directory, rather than a filter that matches no one.
 */
export function gapPlaceUrl(place: GapPlace, urls: SiteUrls, goals: ReadonlySet<string>): string {
  if (place === 'groups') return urls.groups();
  return goals.has(place.goal)
    ? urls.directorySearch(withFilter('goal', place.goal))
    : urls.directory();
}

export const CIRCLES = [
  {
    id: 'own-team',
    label: 'Your own team',
    fill: { goal: 'department-changes' },
    fillLabel: 'Colleagues who can tell you what is changing in a department',
  },
  {
    id: 'other-departments',
    label: 'Other departments',
    fill: { goal: 'other-departments' },
    fillLabel: 'Colleagues who can tell you about other departments and functions',
  },
  {
    id: 'leadership',
    label: 'Leadership',
    fill: { goal: 'leadership-changes' },
    fillLabel: 'Colleagues who can explain organizational and leadership change',
  },
  {
    id: 'similar-roles',
    label: 'People in similar roles elsewhere',
    fill: { goal: 'transferable-skills' },
    fillLabel: 'Colleagues who can talk about roles that fit your skills',
  },
  {
    id: 'employee-groups',
    label: 'Employee groups',
    fill: 'groups',
    fillLabel: 'Employee groups you could join',
  },
  {
    id: 'outside',
    label: 'Outside your institution',
    fill: { goal: 'opportunities' },
    fillLabel: 'Colleagues who can point you to opportunities and contacts beyond your area',
  },
] as const;

export type CircleId = (typeof CIRCLES)[number]['id'];
export type Circle = (typeof CIRCLES)[number];

/** How each circle reads after "no one" or "the people": a label is a heading, not a phrase. */
const CIRCLE_PHRASES: Partial<Record<CircleId, string>> = {
  'similar-roles': 'in similar roles elsewhere',
};

/**
 * The circle in running text: "in your own team", "outside your institution". Only the first letter
 * is lowered, so a name in the label keeps its capitals.
 */
export function circleInText(circle: Circle): string {
  const phrase = CIRCLE_PHRASES[circle.id];
  if (phrase) return phrase;
  const label = circle.label.charAt(0).toLowerCase() + circle.label.slice(1);
  return circle.id === 'outside' ? label : `in ${label}`;
}

/** 1: we have met; 2: we talk now and then; 3: they would help me if I asked. */
export type Closeness = 1 | 2 | 3;

export const CLOSENESS_LABELS: Record<Closeness, string> = {
  1: 'We have met',
  2: 'We talk now and then',
  3: 'They would help me if I asked',
};

export interface Person {
  id: string;
  name: string;
  circle: CircleId;
  closeness: Closeness;
}

export interface Gap {
  circle: CircleId;
  kind: 'empty' | 'weak';
  message: string;
  fill: GapPlace;
  fillLabel: string;
}

export interface NetworkScore {
  people: number;
  /** 0 to 100: how close the reader is, on average, to the people they listed. */
  strength: number;
  strengthWords: string;
  /** Circles with at least one person, out of all of them. */
  breadth: number;
  circles: number;
  breadthWords: string;
  gaps: Gap[];
}

export function scoreNetwork(people: readonly Person[]): NetworkScore {
  const byCircle = new Map(
    CIRCLES.map((circle) => [circle.id, people.filter((person) => person.circle === circle.id)]),
  );
  const average =
    people.length === 0
      ? 0
      : people.reduce((sum, person) => sum + person.closeness, 0) / people.length;
  const strength = Math.round(people.length === 0 ? 0 : ((average - 1) / 2) * 100);
  const reached = [...byCircle.values()].filter((members) => members.length > 0).length;
  const gaps: Gap[] = [];
  for (const circle of CIRCLES) {
    const members = byCircle.get(circle.id) ?? [];
    if (members.length === 0) {
      gaps.push({
        circle: circle.id,
        kind: 'empty',
        message: `You have no one ${circleInText(circle)}.`,
        fill: circle.fill,
        fillLabel: circle.fillLabel,
      });
    } else if (members.every((person) => person.closeness === 1)) {
      gaps.push({
        circle: circle.id,
        kind: 'weak',
        message: `You have only met the people ${circleInText(circle)}. A conversation would turn one of them into a real contact.`,
        fill: circle.fill,
        fillLabel: circle.fillLabel,
      });
    }
  }
  return {
    people: people.length,
    strength,
    strengthWords:
      people.length === 0
        ? 'Add the people you know to see how strong your network is.'
        : strength >= 67
          ? 'Strong: you know most of these people well enough to ask for help.'
          : strength >= 34
            ? 'Moderate: you know some people well and others only a little.'
            : 'Light: you have met these people, but few would know you well enough to help yet.',
    breadth: reached,
    circles: CIRCLES.length,
    breadthWords:
      reached >= 5
        ? `Broad: your network reaches ${reached} of ${CIRCLES.length} circles.`
        : reached >= 3
          ? `Fairly broad: your network reaches ${reached} of ${CIRCLES.length} circles.`
          : `Narrow: your network reaches ${reached} of ${CIRCLES.length} circles.`,
    gaps,
  };
}

const CIRCLE_IDS = new Set<string>(CIRCLES.map((circle) => circle.id));

/** One person of a saved or imported map, or undefined when it is not complete. */
function readPerson(raw: unknown): (Omit<Person, 'id'> & { id: unknown }) | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, name, circle, closeness } = raw as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  if (typeof circle !== 'string' || !CIRCLE_IDS.has(circle)) return undefined;
  if (closeness !== 1 && closeness !== 2 && closeness !== 3) return undefined;
  return { id, name: name.trim().slice(0, 100), circle: circle as CircleId, closeness };
}

/**
 * The saved or imported map, { version: 1, people: [...] }, read person by person: one that is not
 * complete is left out and counted, and repeated ids are made unique.
 */
export function readNetworkFile(text: string): ReadList<Person> {
  const data = parseJson(text);
  if (data === undefined) return { readable: false, reason: 'not-json' };
  const { version, people } = (typeof data === 'object' && data !== null ? data : {}) as Record<
    string,
    unknown
  >;
  if (version !== 1 || !Array.isArray(people)) return { readable: false, reason: 'other-shape' };
  return { readable: true, ...readItems<Person>(people, readPerson, (n) => `person-${n}`) };
}

export function networkFile(people: readonly Person[]): string {
  return `${JSON.stringify({ version: 1, people }, null, 2)}\n`;
}
