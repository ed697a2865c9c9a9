import { describe, expect, it } from 'vitest';
import { asFolder, pageParam, siteUrls } from '../../src/shared/urls.ts';
import { emptyState, toggleFilter, withFilter } from '../../src/shared/search-state.ts';
import { gapPlaceUrl } from '../../src/shared/network-score.ts';

const ORIGIN = 'https://hr.example.edu';
const atRoot = siteUrls('/', ORIGIN);
const underBase = siteUrls('/networking', ORIGIN);

describe('the trailing-slash rule', () => {
  it.each([
    ['/networking', '/networking/'],
    ['/networking/', '/networking/'],
    ['/networking//', '/networking/'],
    ['/', '/'],
    ['', '/'],
  ])('%j becomes %j', (path, folder) => {
    expect(asFolder(path)).toBe(folder);
  });

  it('treats a base written with or without its slashes the same', () => {
    expect(siteUrls('/networking/').home()).toBe('/networking/');
    expect(siteUrls('networking').home()).toBe('/networking/');
  });
});

describe('the URL of each page', () => {
  const pages: [string, (urls: typeof atRoot) => string, string, string][] = [
    ['home', (u) => u.home(), '/', '/networking/'],
    ['guides', (u) => u.guides(), '/guides/', '/networking/guides/'],
    [
      'a guide',
      (u) => u.guide('start-here'),
      '/guides/start-here/',
      '/networking/guides/start-here/',
    ],
    ['the directory', (u) => u.directory(), '/directory/', '/networking/directory/'],
    ['directory page 1', (u) => u.directory(1), '/directory/', '/networking/directory/'],
    [
      'directory page 3',
      (u) => u.directory(3),
      '/directory/page/3/',
      '/networking/directory/page/3/',
    ],
    [
      'a profile',
      (u) => u.profile('ada-lovelace'),
      '/directory/ada-lovelace/',
      '/networking/directory/ada-lovelace/',
    ],
    ['a browse index', (u) => u.browseIndex('topics'), '/topics/', '/networking/topics/'],
    [
      'a term',
      (u) => u.browseTerm('topics', 'budgeting'),
      '/topics/budgeting/',
      '/networking/topics/budgeting/',
    ],
    [
      'page 1 of a term',
      (u) => u.browseTerm('goals', 'skills', 1),
      '/goals/skills/',
      '/networking/goals/skills/',
    ],
    [
      'page 2 of a term',
      (u) => u.browseTerm('departments', 'vpf', 2),
      '/departments/vpf/page/2/',
      '/networking/departments/vpf/page/2/',
    ],
    ['workshops', (u) => u.workshops(), '/workshops/', '/networking/workshops/'],
    [
      'a workshop',
      (u) => u.workshop('intro-workshop'),
      '/workshops/intro-workshop/',
      '/networking/workshops/intro-workshop/',
    ],
    [
      'a session calendar',
      (u) => u.sessionCalendar('intro-workshop', 'intro-workshop-2027-05-04.ics'),
      '/workshops/intro-workshop/intro-workshop-2027-05-04.ics',
      '/networking/workshops/intro-workshop/intro-workshop-2027-05-04.ics',
    ],
    [
      'the calendar of all sessions',
      (u) => u.allSessionsCalendar(),
      '/workshops/calendar.ics',
      '/networking/workshops/calendar.ics',
    ],
    ['groups', (u) => u.groups(), '/groups/', '/networking/groups/'],
    [
      'a group',
      (u) => u.group('budget-circle'),
      '/groups/#group-budget-circle',
      '/networking/groups/#group-budget-circle',
    ],
    ['the search page', (u) => u.search(), '/search/', '/networking/search/'],
    [
      'a site search',
      (u) => u.search(' budget plans '),
      '/search/?q=budget+plans',
      '/networking/search/?q=budget+plans',
    ],
    ['the Pagefind bundle', (u) => u.pagefindBundle(), '/pagefind/', '/networking/pagefind/'],
    [
      'the Pagefind script',
      (u) => u.pagefindScript(),
      '/pagefind/pagefind.js',
      '/networking/pagefind/pagefind.js',
    ],
    ['the favicon', (u) => u.favicon(), '/favicon.svg', '/networking/favicon.svg'],
    ['the theme', (u) => u.themeStylesheet(), '/theme.css', '/networking/theme.css'],
    ['the sitemap', (u) => u.sitemapIndex(), '/sitemap-index.xml', '/networking/sitemap-index.xml'],
    [
      'a link written in a guide',
      (u) => u.fromContent('/directory/'),
      '/directory/',
      '/networking/directory/',
    ],
  ];

  it.each(pages)('%s, at the root and under /networking/', (_, url, root, base) => {
    expect(url(atRoot)).toBe(root);
    expect(url(underBase)).toBe(base);
  });

  it('names the anchor a group link points to, and a fragment on the same page', () => {
    expect(atRoot.groupAnchor('budget-circle')).toBe('group-budget-circle');
    expect(underBase.inPage('before-you-ask')).toBe('#before-you-ask');
  });

  it('numbers the pages of a listing with a route parameter from page 2 on', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
  });
});

describe('directory searches', () => {
  const FACETS = ['department', 'topic', 'goal', 'location', 'format', 'accepting'];

  it('carry their state in the query string, facets in order', () => {
    const state = toggleFilter(
      toggleFilter({ ...emptyState(FACETS), q: 'budget' }, 'topic', 'budgeting', true),
      'department',
      'vpf',
      true,
    );
    expect(atRoot.directorySearch(state)).toBe(
      '/directory/?q=budget&department=vpf&topic=budgeting',
    );
    expect(underBase.directorySearch(state)).toBe(
      '/networking/directory/?q=budget&department=vpf&topic=budgeting',
    );
  });

  it('are the plain directory when nothing is searched', () => {
    expect(underBase.directorySearch(emptyState(FACETS))).toBe('/networking/directory/');
  });

  it('fill the gaps of a network map', () => {
    const goals = new Set(['leadership-changes']);
    expect(gapPlaceUrl({ goal: 'leadership-changes' }, underBase, goals)).toBe(
      '/networking/directory/?goal=leadership-changes',
    );
    expect(gapPlaceUrl('groups', atRoot, goals)).toBe('/groups/');
    expect(atRoot.directorySearch(withFilter('goal', 'skills'))).toBe('/directory/?goal=skills');
  });

  it('fill a gap with the whole directory when the site has no goal for it', () => {
    expect(
      gapPlaceUrl({ goal: 'transferable-skills' }, underBase, new Set(['opportunities'])),
    ).toBe('/networking/directory/');
  });
});

describe('absolute URLs', () => {
  it('join the site origin', () => {
    expect(atRoot.absolute()).toBe('https://hr.example.edu/');
    expect(underBase.absolute(underBase.workshop('intro-workshop'))).toBe(
      'https://hr.example.edu/networking/workshops/intro-workshop/',
    );
    expect(underBase.absolute(underBase.sitemapIndex())).toBe(
      'https://hr.example.edu/networking/sitemap-index.xml',
    );
  });

  it('need the origin', () => {
    expect(() => siteUrls('/networking').absolute('/networking/')).toThrow(
      'Absolute URLs need the site origin.',
    );
  });
});
