import type { APIRoute } from 'astro';
import { taxonomyOf, TAXONOMY_NAMES } from '../content-model/taxonomies.ts';
import { publishedContacts, terms } from '../site/collections.ts';
import { edition } from '../site/site.ts';
import { buildVocabulary } from '../shared/search-vocabulary.ts';

/**
 * The words "Did you mean …?" corrects to (src/shared/search-vocabulary.ts). Words, not records,
 * keep it small; the public edition holds no contacts, so none of their names or titles.
 */
export const GET: APIRoute = async () => {
  const labels = (
    await Promise.all(
      TAXONOMY_NAMES.map(async (name) =>
        (await terms(name)).map((term) => taxonomyOf(name).termName(term)),
      ),
    )
  ).flat();
  const contacts = edition === 'public' ? [] : await publishedContacts();
  const people = contacts.flatMap((contact) => [contact.name, contact.title]);
  return new Response(JSON.stringify(buildVocabulary(labels, people)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
