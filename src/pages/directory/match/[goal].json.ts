import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedContacts, terms } from '../../../site/collections.ts';
import { matchData } from '../../../site/match-data.ts';
import { edition, site } from '../../../site/site.ts';

// One file per goal, fetched once the reader chooses it: the page never loads every contact.
// It names people, so the public edition has none.
export const getStaticPaths = (async () =>
  edition === 'public'
    ? []
    : (await terms('goals')).map((goal) => ({
        params: { goal: goal.id },
      }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = matchData(
    params['goal'] ?? '',
    await publishedContacts(),
    site.contacts.reconfirmMonths,
  );
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
