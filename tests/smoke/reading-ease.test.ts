/**
 * Every guide in content/ stays plain: Flesch reading ease of at least 60 on the text a reader
 * sees on its built page (title, lead, body; not the contents list or hidden tool parts).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../support/dist.ts';
import { readingEase, visibleBlocks } from '../support/reading-ease.ts';

const guides = readdirSync('content/guides')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''))
  .sort();

describe('the guides of content/', () => {
  it('are all found', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it.each(guides)('%s has a Flesch reading ease of at least 60', (guide) => {
    const blocks = visibleBlocks(loadPage(`guides/${guide}/index.html`), 'main article');
    expect(blocks.length).toBeGreaterThan(5);
    expect(Math.round(readingEase(blocks))).toBeGreaterThanOrEqual(60);
  });
});
