import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { countsOf, readingEase, visibleBlocks } from '../support/reading-ease.ts';

describe('reading ease of a page', () => {
  it('reads each block as its own sentence, leaving out the contents list and hidden parts', () => {
    const $ = cheerio.load(
      '<main><article><h1>Start here</h1><nav><a href="#a">Contents</a></nav>' +
        '<p>The cat sat. It was <em>happy</em>!</p><ul><li>One dog</li></ul>' +
        '<section hidden><p>Secret plan</p></section></article></main>',
    );
    const blocks = visibleBlocks($, 'main article');
    expect(blocks).toEqual(['Start here', 'The cat sat. It was happy!', 'One dog']);
    expect(countsOf(blocks)).toEqual({ sentence: 4, word: 10, syllable: 11 });
  });

  it('scores short plain sentences high and long ones with long words low', () => {
    expect(Math.round(readingEase(['The cat sat on the mat.']))).toBe(116);
    expect(
      Math.round(
        readingEase([
          'Organizational transformation necessitates comprehensive institutional reconsideration of interdepartmental responsibilities.',
        ]),
      ),
    ).toBeLessThan(0);
  });
});
