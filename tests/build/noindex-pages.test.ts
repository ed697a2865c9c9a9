import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, loadPage, urlPathOf } from '../support/dist.ts';
import { FIXTURE_SITE } from '../support/fixtures.ts';

// The fixture's site.config.yaml has allowSearchEngines: false.
const contactsDir = join(FIXTURE_SITE, 'content/contacts');
const names = readdirSync(contactsDir).map(
  (file) => /^name: (.+)$/m.exec(readFileSync(join(contactsDir, file), 'utf8'))![1]!,
);

/**
 * The pages whose text, as a reader sees it, holds a contact's name: in the HTML, or, on the
 * guided match, once its script has shown the suggestions from its data.
 */
const naming = htmlPages()
  .filter((page) => {
    const text = loadPage(page)('html').text();
    return names.some((name) => text.includes(name));
  })
  .concat('directory/match/index.html')
  .sort();
const isNoindex = (page: string) =>
  loadPage(page)('meta[name="robots"]').attr('content') === 'noindex';
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');

describe('the staff edition keeps pages that name a contact out of search engines', () => {
  it('finds them on guides and browse pages as well as in the directory', () => {
    expect(naming.filter((page) => !page.startsWith('directory/'))).toEqual([
      'departments/facilities/index.html',
      'departments/facilities/page/2/index.html',
      'departments/finance/index.html',
      'departments/library/index.html',
      'departments/people-culture/index.html',
      'departments/student-services/index.html',
      'goals/department-changes/index.html',
      'goals/leadership-changes/index.html',
      'goals/opportunities/index.html',
      'goals/other-departments/index.html',
      'goals/other-departments/page/2/index.html',
      'goals/skills/index.html',
      'guides/ask-for-a-conversation/index.html',
      'guides/map-your-network/index.html',
      'guides/prepare-for-a-conversation/index.html',
      'guides/question-bank/index.html',
      'guides/start-here/index.html',
      'topics/budgeting/index.html',
      'topics/campus-operations/index.html',
      'topics/campus-operations/page/2/index.html',
      'topics/data-analysis/index.html',
      'topics/mentoring/index.html',
      'topics/procurement/index.html',
    ]);
    // 2 listing pages, the guided match and 57 profiles.
    expect(naming.filter((page) => page.startsWith('directory/'))).toHaveLength(60);
  });

  it('every one of them asks search engines not to index it', () => {
    expect(naming.filter((page) => !isNoindex(page))).toEqual([]);
  });

  it('no page that names no one is kept from search engines, but the "not found" page', () => {
    expect(htmlPages().filter((page) => !naming.includes(page) && isNoindex(page))).toEqual([
      '404.html',
    ]);
  });

  it('the sitemap lists none of them, and every other page', () => {
    const locs = [...sitemap.matchAll(/<loc>https:\/\/people\.example\.edu([^<]*)<\/loc>/g)].map(
      (match) => match[1],
    );
    expect(locs.filter((path) => naming.some((page) => urlPathOf(page) === path))).toEqual([]);
    expect(locs).toEqual([
      '/',
      '/departments/',
      '/goals/',
      '/groups/',
      '/guides/',
      '/guides/after-the-conversation/',
      '/guides/become-a-contact/',
      '/guides/privacy-notice/',
      '/search/',
      '/topics/',
      '/workshops/',
      '/workshops/networking-basics/',
      '/workshops/winter-coffee-mixer/',
    ]);
  });
});
