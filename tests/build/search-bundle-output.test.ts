import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, urlPathOf } from '../support/dist.ts';
import { indexedPages } from '../support/search-index.ts';

describe('the search bundle in dist/pagefind', () => {
  it('ships only what the search pages load', () => {
    const shipped = readdirSync(join(DIST, 'pagefind'))
      .map((name) => name.replace(/^pagefind\.en_\w+\.pf_meta$/, 'pagefind.en_<hash>.pf_meta'))
      .sort();
    // No ready-made UIs, no highlight script, no worker (the loader runs without one), and no
    // wasm for pages of unknown language.
    expect(shipped).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      'pagefind.en_<hash>.pf_meta',
      'pagefind.js',
      'wasm.en.pagefind',
    ]);
  });

  it('indexes the profiles, guides, workshops and the groups page, and no other page', () => {
    const searched = htmlPages()
      .filter((page) =>
        /^(directory\/[a-z]+-[a-z]+|guides\/[\w-]+|workshops\/[\w-]+|groups)\/index\.html$/.test(
          page,
        ),
      )
      .map(urlPathOf)
      .sort();
    const indexed = indexedPages()
      .map((page) => page.url)
      .sort();
    expect(indexed).toEqual(searched);
    expect(indexed).toContain('/groups/');
    expect(indexed).toContain('/guides/start-here/');
    expect(indexed).toContain('/directory/amara-osei/');
    expect(indexed).toContain('/workshops/networking-basics/');
    // 57 profiles, 8 guides, 2 workshops and the groups page.
    expect(indexed).toHaveLength(68);
  });

  it('leaves the published pages without the markup only the indexer reads', () => {
    const marked = htmlPages().filter((page) =>
      /<[^<>]*\sdata-pagefind-/.test(readFileSync(join(DIST, page), 'utf8')),
    );
    expect(marked).toEqual([]);
  });
});
