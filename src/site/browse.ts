/**
 * The three ways to browse the directory: by department, by topic and by goal. One description
 * each drives the index page, the term pages and their pagination.
 */
import type { ContactView } from './contact-view.ts';
import { departments, goals, topics } from './collections.ts';
import { CONTACTS_PER_PAGE } from './directory-pages.ts';
import { href } from '../shared/urls.ts';

export type BrowseKind = 'departments' | 'topics' | 'goals';

export interface BrowseTerm {
  id: string;
  /** The page heading: the department or topic name, or the goal's question. */
  heading: string;
  /** The short name used in lists and filters. */
  name: string;
  description: string;
}

export interface Browse {
  kind: BrowseKind;
  title: string;
  intro: string;
  /** The directory search parameter for this kind. */
  facet: 'department' | 'topic' | 'goal';
  terms(): Promise<BrowseTerm[]>;
  matches(contact: ContactView, id: string): boolean;
}

export const BROWSE: Record<BrowseKind, Browse> = {
  departments: {
    kind: 'departments',
    title: 'Browse by department',
    intro: 'Find colleagues in a department, school or office you would like to learn about.',
    facet: 'department',
    terms: async () =>
      (await departments()).map((d) => ({
        id: d.id,
        heading: d.name,
        name: d.name,
        description: d.description,
      })),
    matches: (contact, id) => contact.department.id === id,
  },
  topics: {
    kind: 'topics',
    title: 'Browse by topic',
    intro: 'Find colleagues who have offered to talk about an area of expertise.',
    facet: 'topic',
    terms: async () =>
      (await topics()).map((t) => ({
        id: t.id,
        heading: t.name,
        name: t.name,
        description: t.description,
      })),
    matches: (contact, id) => contact.topics.some((topic) => topic.id === id),
  },
  goals: {
    kind: 'goals',
    title: 'Browse by what you want to find out',
    intro:
      'Start from your question. Each of these colleagues has said they can help you answer it.',
    facet: 'goal',
    terms: async () =>
      (await goals()).map((g) => ({
        id: g.id,
        heading: g.question,
        name: g.label,
        description: g.description,
      })),
    matches: (contact, id) => contact.goals.some((goal) => goal.id === id),
  },
};

export function termUrl(kind: BrowseKind, id: string, page = 1): string {
  return page <= 1 ? href(`${kind}/${id}/`) : href(`${kind}/${id}/page/${page}/`);
}

/** Every page of every term: page 1 at /topics/budgeting/, then /topics/budgeting/page/2/. */
export async function termPages(kind: BrowseKind, contacts: readonly ContactView[]) {
  const browse = BROWSE[kind];
  const pages = [];
  for (const term of await browse.terms()) {
    const members = contacts.filter((contact) => browse.matches(contact, term.id));
    const last = Math.max(1, Math.ceil(members.length / CONTACTS_PER_PAGE));
    for (let page = 1; page <= last; page++) {
      pages.push({
        params: { kind, id: term.id, page: page === 1 ? undefined : `page/${page}` },
        props: {
          kind,
          term,
          page,
          last,
          total: members.length,
          contacts: members.slice((page - 1) * CONTACTS_PER_PAGE, page * CONTACTS_PER_PAGE),
        },
      });
    }
  }
  return pages;
}
