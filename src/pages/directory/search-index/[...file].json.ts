import type { APIRoute, GetStaticPaths } from 'astro';
import { directorySearchIndex } from '../../../site/directory-search-index.ts';
import { edition } from '../../../site/site.ts';
import { directoryIndexFiles } from '../../../shared/urls.ts';

/**
 * The directory's own search index as static files (src/shared/directory-index.ts): a few
 * hundred, written in one pass. It names people, so the public edition has none.
 */
export const getStaticPaths = (async () => {
  if (edition === 'public') return [];
  const { meta, shards, cards, facets } = await directorySearchIndex();
  const files: [string, unknown][] = [
    [directoryIndexFiles.meta(), meta],
    ...[...shards].map(([shard, words]): [string, unknown] => [
      directoryIndexFiles.words(shard),
      words,
    ]),
    ...cards.map((chunk, n): [string, unknown] => [directoryIndexFiles.cards(n), chunk]),
    ...[...facets].map(([facet, lists]): [string, unknown] => [
      directoryIndexFiles.facet(facet),
      lists,
    ]),
  ];
  return files.map(([file, data]) => ({ params: { file }, props: { body: JSON.stringify(data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
