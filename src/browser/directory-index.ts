/**
 * Fetches the directory's own search index (src/shared/directory-index.ts) as a search needs it:
 * the small meta file first, then one shard per word searched, the facet files of the facets
 * opened or ticked, and the card files of the results shown. Each file is fetched once.
 */
import {
  AVAILABILITY_FACET,
  type CardData,
  type FacetFile,
  type IndexMeta,
  type WordShard,
} from '../shared/directory-index.ts';
import {
  allWordsMatches,
  availabilityLists,
  decodeFacet,
  wordMatches,
  type FacetLists,
  type Matches,
} from '../shared/directory-query.ts';
import { wordsOf } from '../shared/fuzzy-correction.ts';
import { decodeIds } from '../shared/id-lists.ts';
import { shardOf } from '../shared/index-words.ts';
import { directoryIndexFiles, type SiteUrls } from '../shared/urls.ts';
import { SearchUnavailable } from './search-unavailable.ts';

export interface LoadedMeta {
  contacts: number;
  cardsPerFile: number;
  shards: ReadonlySet<string>;
  paused: ReadonlySet<number>;
  pausedIds: readonly number[];
}

export type DirectoryIndexReader = ReturnType<typeof directoryIndexReader>;

export function directoryIndexReader(urls: SiteUrls) {
  const files = new Map<string, Promise<unknown>>();
  const load = <T>(file: string, decode: (data: never) => T): Promise<T> => {
    let loading = files.get(file) as Promise<T> | undefined;
    if (!loading) {
      loading = fetch(urls.directoryIndex(file))
        .then(async (response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.url}`);
          return decode((await response.json()) as never);
        })
        .catch((error: unknown) => {
          // A failed file is fetched again by the next search.
          files.delete(file);
          throw new SearchUnavailable(error instanceof Error ? error.message : String(error));
        });
      files.set(file, loading);
    }
    return loading;
  };

  const meta = () =>
    load(directoryIndexFiles.meta(), (data: IndexMeta): LoadedMeta => {
      const pausedIds = decodeIds(data.paused);
      return {
        contacts: data.contacts,
        cardsPerFile: data.cardsPerFile,
        shards: new Set(data.shards.split(' ').filter(Boolean)),
        paused: new Set(pausedIds),
        pausedIds,
      };
    });

  /** The contacts every word of `query` finds, with the best tier of each. */
  const matches = async (query: string): Promise<Matches> => {
    const { shards } = await meta();
    const perWord = await Promise.all(
      wordsOf(query).map(async (word) => {
        const shard = shardOf(word);
        if (!shards.has(shard)) return new Map<number, number>();
        return wordMatches(
          word,
          await load(directoryIndexFiles.words(shard), (data: WordShard) => data),
        );
      }),
    );
    return allWordsMatches(perWord);
  };

  /** The lists of the given facets. */
  const facetLists = async (facets: readonly string[]): Promise<FacetLists> => {
    const { contacts, pausedIds } = await meta();
    const loaded = await Promise.all(
      facets.map(async (facet) => {
        const lists =
          facet === AVAILABILITY_FACET
            ? availabilityLists(contacts, pausedIds)
            : await load(directoryIndexFiles.facet(facet), (data: FacetFile) => decodeFacet(data));
        return [facet, lists] as const;
      }),
    );
    return new Map(loaded);
  };

  /** The cards of the given contacts, in the same order. */
  const cards = async (ids: readonly number[]): Promise<CardData[]> => {
    const { cardsPerFile } = await meta();
    const chunks = [...new Set(ids.map((id) => Math.floor(id / cardsPerFile)))];
    const loaded = new Map(
      await Promise.all(
        chunks.map(
          async (chunk) =>
            [
              chunk,
              await load(directoryIndexFiles.cards(chunk), (data: CardData[]) => data),
            ] as const,
        ),
      ),
    );
    return ids.map((id) => loaded.get(Math.floor(id / cardsPerFile))![id % cardsPerFile]!);
  };

  return { meta, matches, facetLists, cards };
}
