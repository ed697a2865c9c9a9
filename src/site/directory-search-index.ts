/**
 * The directory's own search index for this build (src/shared/directory-index.ts): the published
 * contacts, A to Z, with what each is found by. The texts are those the profile page gives
 * Pagefind (src/pages/directory/[slug].astro), sorted into the tiers of the ranking; "please don't
 * ask me about" stays out, as it does there.
 */
import {
  AVAILABILITY_FACET,
  buildDirectoryIndex,
  type DirectoryIndex,
  type IndexedContact,
} from '../shared/directory-index.ts';
import { cardData } from './card-data.ts';
import type { ContactView } from './contact-view.ts';
import { publishedContacts } from './collections.ts';
import { facetValues } from './facets.ts';
import { edition, site } from './site.ts';

/** How many topics a result card shows, as ContactCard.astro's default. */
const CARD_TOPICS = 3;

export function indexedContact(contact: ContactView, reconfirmMonths: number): IndexedContact {
  // Availability comes from the index's list of paused contacts, not a facet file.
  const facets = Object.fromEntries(
    Object.entries(facetValues(contact)).filter(([facet]) => facet !== AVAILABILITY_FACET),
  );
  const card = cardData(contact, reconfirmMonths);
  return {
    card: { ...card, topics: card.topics.slice(0, CARD_TOPICS) },
    accepting: contact.accepting,
    texts: {
      name: [contact.name, ...(contact.knownAs ? [contact.knownAs] : [])],
      labels: [
        contact.title,
        contact.department.name,
        ...contact.topics.map((topic) => topic.name),
      ],
      other: [
        contact.pronouns ?? '',
        contact.bio,
        ...contact.goals.map((goal) => goal.profilePhrase),
        ...contact.formats.map((format) => format.label),
        contact.location.name,
        ...contact.languages,
        ...contact.careerPath.flatMap((role) => [role.title, role.organization]),
      ],
    },
    facets,
  };
}

let built: Promise<DirectoryIndex> | undefined;

/** The index, built once per build; the public edition's names no one. */
export function directorySearchIndex(): Promise<DirectoryIndex> {
  const building =
    built ??
    (async () =>
      buildDirectoryIndex(
        edition === 'public'
          ? []
          : (await publishedContacts()).map((contact) =>
              indexedContact(contact, site.contacts.reconfirmMonths),
            ),
      ))();
  // In astro dev content can change between requests, so nothing is kept there.
  if (!import.meta.env.DEV) built = building;
  return building;
}
