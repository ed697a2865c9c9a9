import type { IndexedContact } from '../../src/shared/directory-index.ts';

interface Person {
  name: string;
  knownAs?: string;
  title: string;
  department: [id: string, name: string];
  topics: [id: string, name: string][];
  bio: string;
  accepting: boolean;
}

const contact = (person: Person): IndexedContact => ({
  card: {
    id: person.name.toLowerCase().replace(/[^a-z]+/g, '-'),
    name: person.name,
    title: person.title,
    department: person.department[0],
    topics: person.topics.map(([id]) => id),
    expires: '2027-06-01',
  },
  accepting: person.accepting,
  texts: {
    name: [person.name, ...(person.knownAs ? [person.knownAs] : [])],
    labels: [person.title, person.department[1], ...person.topics.map(([, name]) => name)],
    other: [person.bio],
  },
  facets: { department: [person.department[0]], topic: person.topics.map(([id]) => id) },
});

const FINANCE: [string, string] = ['finance', 'Finance Office'];
const RESEARCH: [string, string] = ['research', 'Research Office'];
const BUDGETING: [string, string] = ['budgeting', 'Budgeting'];
const MENTORING: [string, string] = ['mentoring', 'Mentoring'];

/** Seven contacts, A to Z, each matching "budg" in a different tier and availability. */
export const CONTACTS: IndexedContact[] = [
  contact({
    name: 'Ana Garza',
    title: 'Clerk',
    department: FINANCE,
    topics: [MENTORING],
    bio: 'Ana helps with budget reports.',
    accepting: false,
  }),
  contact({
    name: 'Ben Carter',
    title: 'Clerk',
    department: FINANCE,
    topics: [MENTORING],
    bio: 'Ben checks every budget line.',
    accepting: true,
  }),
  contact({
    name: 'Budge Price',
    title: 'Clerk',
    department: FINANCE,
    topics: [MENTORING],
    bio: 'Budge runs the post room.',
    accepting: false,
  }),
  contact({
    name: 'Dev Pavlou',
    title: 'Analyst',
    department: FINANCE,
    topics: [BUDGETING],
    bio: 'Dev plans the year ahead.',
    accepting: false,
  }),
  contact({
    name: 'Gita Ueda',
    title: 'Analyst',
    department: RESEARCH,
    topics: [BUDGETING],
    bio: 'Gita likes café meetings.',
    accepting: true,
  }),
  contact({
    name: 'Rosa Budgen',
    title: 'Clerk',
    department: RESEARCH,
    topics: [MENTORING],
    bio: 'Rosa answers the phones.',
    accepting: true,
  }),
  contact({
    name: "Sean O'Brien",
    knownAs: 'Shay',
    title: 'Data Analyst',
    department: RESEARCH,
    topics: [['data-analysis', 'Data analysis']],
    bio: 'Sean joined from the library.',
    accepting: true,
  }),
];
