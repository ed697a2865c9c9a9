import { describe, expect, it } from 'vitest';
import { isMarkedForSearch, withoutSearchMarkup } from '../../src/integrations/search-markup.ts';

describe('the search markup of a rendered page', () => {
  const page =
    '<main><article class="profile" data-pagefind-body data-pagefind-filter="type:contact">' +
    '<h1 data-pagefind-meta="name" data-pagefind-weight="10">Ana Mendoza</h1>' +
    '<dt data-pagefind-ignore>Ask me about</dt><div data-pagefind-ignore="all">x</div></article></main>';

  it('is taken out of every tag, leaving the rest as it was', () => {
    expect(withoutSearchMarkup(page)).toBe(
      '<main><article class="profile"><h1>Ana Mendoza</h1>' +
        '<dt>Ask me about</dt><div>x</div></article></main>',
    );
  });

  it('stays in text that speaks of it, as a guide about the site might', () => {
    const guide =
      '<article data-pagefind-body><p>Mark a page with data-pagefind-body=&quot;x&quot; or ' +
      'data-pagefind-ignore to keep it out.</p><code>&lt;p data-pagefind-ignore&gt;</code></article>';
    expect(withoutSearchMarkup(guide)).toBe(
      '<article><p>Mark a page with data-pagefind-body=&quot;x&quot; or ' +
        'data-pagefind-ignore to keep it out.</p><code>&lt;p data-pagefind-ignore&gt;</code></article>',
    );
  });

  it('leaves attributes whose names only start alike', () => {
    const html = '<p data-pagefinder="1" data-page="2" data-pagefind-sort="date:3">x</p>';
    expect(withoutSearchMarkup(html)).toBe('<p data-pagefinder="1" data-page="2">x</p>');
  });

  it('marks a page for search by its body attribute only', () => {
    expect(isMarkedForSearch(page)).toBe(true);
    expect(isMarkedForSearch('<p data-pagefind-ignore>x</p><p>data-pagefind-body</p>')).toBe(false);
    expect(isMarkedForSearch('<p>&lt;div data-pagefind-body&gt;</p>')).toBe(false);
    expect(isMarkedForSearch('<body data-pagefind-body>x</body>')).toBe(true);
  });
});
