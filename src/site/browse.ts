/**
 * Browsing the directory by taxonomy: by department, by topic and by goal, as the taxonomy
 * registry says. One description each drives the index page, the term pages and their pagination.
 */
import type { ContactView } from './contact-view.ts';
import { terms } from './collections.ts';
import { CONTACTS_PER_PAGE } from './directory-pages.ts';
import { termFields, termIdsIn } from '../content-model/schemas/term-fields.ts';
import { entrySources, type EntryCollectionName } from '../content-model/sources.ts';
import { BROWSE_KINDS, taxonomyOf, type TaxonomyName } from '../content-model/taxonomies.ts';
import { pageParam } from '../shared/urls.ts';

export { BROWSE_KINDS };

export interface BrowseTerm {
  id: string;
  /** The page heading: the department or topic name, or the goal's question. */
  heading: string;
  /** The short name used in lists and filters. */
  name: string;
  description: string;
}

export interface Browse {
  kind: TaxonomyName;
  title: string;
  /** The text of a link to the index from the directory: "By department". */
  link: string;
  intro: string;
  terms(): Promise<BrowseTerm[]>;
  matches(contact: ContactView, id: string): boolean;
}

export function browseOf(kind: TaxonomyName): Browse {
  const taxonomy = taxonomyOf(kind);
  const { browse } = taxonomy;
  if (!browse) throw new Error(`The ${taxonomy.label} list has no browse pages.`);
  return {
    kind,
    title: browse.title,
    link: browse.link,
    intro: browse.intro,
    terms: async () =>
      (await terms(kind)).map((term) => ({
        id: term.id,
        heading: browse.heading(term),
        name: taxonomy.termName(term),
        description: browse.description(term),
      })),
    matches: (contact, id) => contact.termIds[kind].includes(id),
  };
}

/** Whether an entry of `collection` (a guide, workshop or group) refers to the term. */
export function refersTo(
  collection: EntryCollectionName,
  data: object,
  kind: TaxonomyName,
  id: string,
): boolean {
  return termFields(entrySources[collection].schema).some(
    ({ field, taxonomy }) => taxonomy === kind && termIdsIn(data, field).includes(id),
  );
}

/** Every page of every term: page 1 at /topics/budgeting/, then /topics/budgeting/page/2/. */
export async function termPages(kind: TaxonomyName, contacts: readonly ContactView[]) {
  const browse = browseOf(kind);
  const pages = [];
  for (const term of await browse.terms()) {
    const members = contacts.filter((contact) => browse.matches(contact, term.id));
    const last = Math.max(1, Math.ceil(members.length / CONTACTS_PER_PAGE));
    for (let page = 1; page <= last; page++) {
      pages.push({
        params: { kind, id: term.id, page: pageParam(page) },
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
