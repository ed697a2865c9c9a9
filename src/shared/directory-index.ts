/**
 * The directory's own search index, built in one pass over the contacts (staff edition only):
 * contacts get ordinals in A to Z order, words are filed by their first letters in shards, each
 * listing its contacts by tier (src/shared/search-ranking.ts), and the result cards come in small
 * chunks by ordinal, so a search fetches one shard per word and the chunks of the cards it shows.
 * Pure, so the build and the tests share it; the browser reads it with directory-query.ts.
 */
import { encodeIds, type IdList } from './id-lists.ts';
import { indexWordsOf, shardOf } from './index-words.ts';
import { LABEL_TIER, NAME_TIER, OTHER_TIER } from './search-ranking.ts';

/**
 * The availability facet (src/site/facets.ts): it needs no facet file, as the meta file lists the
 * paused contacts and everyone else is taking requests.
 */
export const AVAILABILITY_FACET = 'accepting';

/** How many contacts' cards share a file: the 12 results on show fetch a few small files. */
export const CARDS_PER_FILE = 16;

/** What a result card shows (src/components/ContactCard.astro), by short keys. */
export interface CardData {
  /** Slug: the profile's id. */
  id: string;
  name: string;
  pronouns?: string;
  title: string;
  /** Department id; its label is the department filter's. */
  department: string;
  /** Topic ids (the index keeps as many as a card shows); their labels are the topic filter's. */
  topics: string[];
  /** The listing's last day (YYYY-MM-DD), so a card withdraws itself once it has passed. */
  expires: string;
}

/** A contact as the index takes it, in A to Z order. */
export interface IndexedContact {
  card: CardData;
  accepting: boolean;
  /** The texts the contact is found by, per tier. */
  texts: { name: string[]; labels: string[]; other: string[] };
  /** Facet -> the contact's values (src/site/facets.ts), availability aside. */
  facets: Record<string, readonly string[]>;
}

/** A shard: word -> delta-encoded ordinals per tier (name, labels, rest); empty tiers at the end are left off. */
export type WordShard = Record<string, number[][]>;

/** A facet: value -> delta-encoded ordinals. */
export type FacetFile = Record<string, number[]>;

/** What every search needs first: the size of the index, its shards and who is paused. */
export interface IndexMeta {
  contacts: number;
  cardsPerFile: number;
  /** The names of the shards there are, space-separated: a word of no shard matches no one. */
  shards: string;
  /** Delta-encoded ordinals of the contacts not taking requests. */
  paused: number[];
}

export interface DirectoryIndex {
  meta: IndexMeta;
  shards: Map<string, WordShard>;
  /** Chunk n holds the cards of ordinals n * CARDS_PER_FILE onwards. */
  cards: CardData[][];
  facets: Map<string, FacetFile>;
}

const TIERS = [NAME_TIER, LABEL_TIER, OTHER_TIER] as const;

/** Appends `id` to the list at `key`, once: contacts come in ordinal order, so lists stay sorted. */
function file<K>(lists: Map<K, number[]>, key: K, id: number) {
  const list = lists.get(key);
  if (!list) lists.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

export function buildDirectoryIndex(contacts: readonly IndexedContact[]): DirectoryIndex {
  // word -> best tier per contact, filled in ordinal order.
  const byWord = new Map<string, Map<number, number>>();
  const byFacet = new Map<string, Map<string, number[]>>();
  const paused: number[] = [];
  const cards: CardData[][] = [];
  contacts.forEach((contact, id) => {
    const { name, labels, other } = contact.texts;
    [name, labels, other].forEach((texts, tier) => {
      for (const word of texts.flatMap(indexWordsOf)) {
        const tiers = byWord.get(word) ?? new Map<number, number>();
        byWord.set(word, tiers);
        if (!tiers.has(id)) tiers.set(id, tier);
      }
    });
    for (const [facet, values] of Object.entries(contact.facets)) {
      const lists = byFacet.get(facet) ?? new Map<string, number[]>();
      byFacet.set(facet, lists);
      for (const value of values) file(lists, value, id);
    }
    if (!contact.accepting) paused.push(id);
    const chunk = Math.floor(id / CARDS_PER_FILE);
    (cards[chunk] ??= []).push(contact.card);
  });

  const shards = new Map<string, WordShard>();
  for (const word of [...byWord.keys()].sort()) {
    const perTier: number[][] = TIERS.map(() => []);
    for (const [id, tier] of byWord.get(word)!) perTier[tier]!.push(id);
    while (perTier.length > 0 && perTier[perTier.length - 1]!.length === 0) perTier.pop();
    const shard = shardOf(word);
    const words = shards.get(shard) ?? {};
    shards.set(shard, words);
    words[word] = perTier.map((ids: IdList) => encodeIds(ids));
  }
  const facets = new Map(
    [...byFacet].map(([facet, lists]) => [
      facet,
      Object.fromEntries([...lists].map(([value, ids]) => [value, encodeIds(ids)])),
    ]),
  );
  return {
    meta: {
      contacts: contacts.length,
      cardsPerFile: CARDS_PER_FILE,
      shards: [...shards.keys()].join(' '),
      paused: encodeIds(paused),
    },
    shards,
    cards,
    facets,
  };
}
