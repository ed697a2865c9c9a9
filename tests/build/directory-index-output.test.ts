import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardData, IndexMeta, WordShard } from '../../src/shared/directory-index.ts';
import { decodeIds } from '../../src/shared/id-lists.ts';
import { DIST } from '../support/dist.ts';

// The fixture site (tests/fixtures/site): 57 published contacts; Hana Sato's listing has expired.
const folder = join(DIST, 'directory/search-index');
const read = <T>(file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as T;
const meta = read<IndexMeta>('meta.json');
const cards = readdirSync(join(folder, 'cards'))
  .sort((a, b) => parseInt(a) - parseInt(b))
  .flatMap((file) => read<CardData[]>(join('cards', file)));

describe("the staff edition's directory search index", () => {
  it('holds every published contact once, A to Z, and no expired listing', () => {
    expect(meta.contacts).toBe(57);
    expect(cards).toHaveLength(57);
    expect(cards.slice(0, 3).map((card) => card.name)).toEqual([
      'Abel Abbott',
      'Adele Barros',
      'Ahmed Chen',
    ]);
    expect(cards.map((card) => card.id)).not.toContain('hana-sato');
    expect(cards.map((card) => card.id)).toContain('amara-osei');
  });

  it('is a few small files: a shard per two letters, cards by sixteen, a file per facet', () => {
    expect(readdirSync(join(folder, 'cards'))).toEqual(['0.json', '1.json', '2.json', '3.json']);
    expect(readdirSync(join(folder, 'facets')).sort()).toEqual([
      'department.json',
      'format.json',
      'goal.json',
      'location.json',
      'topic.json',
    ]);
    expect(readdirSync(join(folder, 'words')).sort()).toEqual(
      meta.shards
        .split(' ')
        .map((shard) => `${shard}.json`)
        .sort(),
    );
  });

  it('finds the people who mention budgets under "budget", with Amara Osei by her job title', () => {
    const shard = read<WordShard>('words/bu.json');
    const [byName = [], byLabel = [], byRest = []] = shard['budget']!.map(decodeIds);
    expect(byName).toEqual([]);
    expect(byLabel.map((id) => cards[id]!.name)).toEqual(['Amara Osei']);
    const budgeting = shard['budgeting']!.map(decodeIds).flat();
    expect(
      [...new Set([...byLabel, ...byRest, ...budgeting])].map((id) => cards[id]!.name).sort(),
    ).toEqual(['Amara Osei', 'Ben Carter', 'Dmitri Volkov', 'Elif Yilmaz']);
  });

  it('leaves "please don\'t ask me about" out, as the profile leaves it out of Pagefind', () => {
    expect(Object.keys(read<WordShard>('words/pa.json'))).not.toContain('particular');
    expect(existsSync(join(folder, 'words/gr.json'))).toBe(true);
    expect(Object.keys(read<WordShard>('words/gr.json'))).not.toContain('grant');
  });

  it('marks Dmitri Volkov paused', () => {
    const paused = decodeIds(meta.paused).map((id) => cards[id]!.name);
    expect(paused).toContain('Dmitri Volkov');
    expect(paused).not.toContain('Amara Osei');
  });
});
