import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { HTML_RULES } from '../support/html-rules.ts';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, loadPage, urlPathOf } from '../support/dist.ts';
import { brokenLinks } from '../support/served-file.ts';

// The fixture site (tests/fixtures/site) is published at the root of https://people.example.edu.
const SITE_URL = 'https://people.example.edu';
const pages = htmlPages();

describe('every page of the built site', () => {
  it('is every page the fixture content makes: 40 site pages and 57 profiles', () => {
    expect(pages).toHaveLength(97);
    expect(
      pages.filter((page) => /^directory\/[a-z]+-[a-z]+\/index\.html$/.test(page)),
    ).toHaveLength(57);
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'guides/index.html',
        'guides/question-bank/index.html',
        'guides/privacy-notice/index.html',
        'guides/become-a-contact/index.html',
        'directory/match/index.html',
        'directory/index.html',
        'directory/page/2/index.html',
        'departments/facilities/page/2/index.html',
        'topics/campus-operations/page/2/index.html',
        'goals/other-departments/page/2/index.html',
        'workshops/index.html',
        'workshops/networking-basics/index.html',
        'groups/index.html',
        'search/index.html',
      ]),
    );
  });

  // Whether a page has a meta description is in page-metadata.test.ts: pages that name contacts
  // have no search result or link preview to describe themselves in.
  it.each(pages)('%s has lang, a title and exactly one h1', (page) => {
    const $ = loadPage(page);
    expect($('html').attr('lang')).toBe('en');
    expect($('head > title').text().trim()).not.toBe('');
    expect($('h1')).toHaveLength(1);
  });

  it.each(pages)('%s is valid HTML', async (page) => {
    const report = await new HtmlValidate(HTML_RULES).validateFile(join(DIST, page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it.each(pages)('%s has a skip link to its main content', (page) => {
    const $ = loadPage(page);
    const skip = $('a.skip-link').first();
    expect(skip.attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
  });

  // What each page's policy allows beyond this: tests/build/page-policy.test.ts.
  it.each(pages)(
    '%s carries a content security policy that allows nothing by default and nothing from other sites',
    (page) => {
      const $ = loadPage(page);
      const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(policy).toMatch(/^default-src 'none'; script-src 'self'[ ;]/);
      expect(policy).not.toMatch(/https?:\/\//);
    },
  );

  it.each(pages)('%s loads nothing from another site', (page) => {
    const $ = loadPage(page);
    const resources = $(
      'script[src], link[href]:not([rel="canonical"]), img[src], iframe[src], source[src]',
    )
      .map((_, element) => $(element).attr('src') ?? $(element).attr('href') ?? '')
      .get();
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });

  it.each(pages)('%s links only to pages and anchors that exist', (page) => {
    const $ = loadPage(page);
    const here = new URL(urlPathOf(page) === '/404' ? '/404.html' : urlPathOf(page), SITE_URL);
    const internal = $('a[href], link[href], script[src], img[src]')
      .toArray()
      .filter((element) => $(element).attr('rel') !== 'canonical')
      .map((element) => $(element).attr('href') ?? $(element).attr('src') ?? '')
      .filter((raw) => new URL(raw, here).origin === SITE_URL);
    // Every page links at least to the home page, the stylesheets and the skip target.
    expect(internal.length).toBeGreaterThan(2);
    expect(brokenLinks(DIST, '/', here, internal)).toEqual([]);
  });
});

describe('the home page', () => {
  const text = loadPage('index.html')('main').text().replace(/\s+/g, ' ');

  it('counts only contacts whose confirmation is current, and those taking requests', () => {
    // 58 contacts, one of them stale (Hana Sato); all but Dmitri Volkov take requests.
    expect(text).toContain(
      '57 colleagues in 5 departments have agreed to be network contacts, and 56 of them are taking requests now.',
    );
  });

  it('lists the goals of the content, in their order, under a heading that counts them', () => {
    const $ = loadPage('index.html');
    expect($('h2:contains("questions a conversation can answer")').text()).toBe(
      'Five questions a conversation can answer',
    );
    expect(
      $('ol.goals > li strong')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual([
      'What is changing in my department?',
      'What do other departments do?',
      'How is leadership changing the college?',
      'Which skills matter now?',
      'Where are the openings and projects?',
    ]);
  });

  it('shows the next three sessions of the workshop, and not the one that has ended', () => {
    const $ = loadPage('index.html');
    expect(
      $('.next-sessions li')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual([
      'Thursday 3 December 2026, 1pm CST',
      'Thursday 14 January 2027, 9am CST (full)',
      'Thursday 4 February 2027, 1pm CST (cancelled)',
    ]);
    expect($('.next-sessions del').text()).toBe('Thursday 4 February 2027, 1pm CST');
  });

  it('names the institution in the footer, with the year of the build clock', () => {
    expect(loadPage('index.html')('footer').text()).toContain('© 2026 Harbour Valley College.');
  });
});

describe('the search page', () => {
  it('searches guides, contacts, workshops and groups, in that order', () => {
    const $ = loadPage('search/index.html');
    expect($('label[for="site-search-page-q"]').text()).toBe(
      'Search guides, contacts, workshops and groups',
    );
    expect($('#site-search-form').attr('data-groups')).toBe('guide contact workshop group');
    expect($('#site-search-people')).toHaveLength(0);
  });
});

describe('the theme', () => {
  it('serves the configured colours as a stylesheet', () => {
    const css = readFileSync(join(DIST, 'theme.css'), 'utf8');
    expect(css).toContain('--accent:#1d5a8c');
    expect(css).toContain('--accent:#9fcbf0');
  });
});
