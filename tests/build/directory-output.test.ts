import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../src/shared/contacts.ts';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { today } from '../../src/content-model/clock.ts';
import { loadContent } from '../../src/content-model/validation/load-content.ts';
import { DIST, htmlPages, loadPage } from '../support/dist.ts';
import { indexedPages, wholeIndexText } from '../support/search-index.ts';

const site = readSiteConfig(process.cwd());
const content = loadContent(process.cwd());
const contacts = content.entries.contacts;
const stale = contacts.filter((contact) =>
  isStale(contact.data.confirmed, site.contacts.reconfirmMonths, today()),
);
const published = contacts.filter((contact) => !stale.includes(contact));
const profile = (id: string) => `directory/${id}/index.html`;
const PEOPLE_PAGES = /^(directory|departments|topics|goals)\//;

describe('profiles', () => {
  it('the sample content has a stale, a paused and an accepting contact to check', () => {
    expect(stale.length).toBeGreaterThan(0);
    expect(published.some((contact) => !contact.data.accepting)).toBe(true);
    expect(published.some((contact) => contact.data.accepting)).toBe(true);
  });

  it.each(published.map((contact) => [contact.id, contact] as const))(
    '%s has a profile with every field in plain words',
    (id, contact) => {
      const $ = loadPage(profile(id));
      const text = $('main').text().replace(/\s+/g, ' ');
      expect($('h1').text()).toBe(contact.data.name);
      expect(text).toContain(contact.data.title);
      expect(text).toContain(contact.data.bio);
      expect(text).toMatch(/Last confirmed \d{1,2} \w+ \d{4}\./);
      expect(text).toContain(`Up to ${contact.data.capacity}`);
      for (const role of contact.data.careerPath) expect(text).toContain(role.title);
    },
  );

  it.each(published.filter((c) => c.data.accepting).map((c) => [c.id, c] as const))(
    '%s offers a prefilled, encoded request and links to the preparation guide',
    (id, contact) => {
      const $ = loadPage(profile(id));
      const links = $('a[href^="mailto:"]');
      expect(links).toHaveLength(1);
      const href = new URL(links.attr('href') ?? '');
      expect(decodeURIComponent(href.pathname)).toBe(contact.data.email);
      const body = decodeURIComponent(/body=([^&]*)/.exec(href.search)?.[1] ?? '');
      expect(body).toContain(`Dear ${contact.data.name},`);
      expect(body).toContain('20 to 30 minutes');
      expect(body).toContain('\r\n\r\n');
      expect($('#request-body').text()).toBe(body.replace(/\r\n/g, '\n'));
      expect($('a[href$="/guides/prepare-for-a-conversation/"]').length).toBeGreaterThan(0);
    },
  );

  it.each(published.filter((c) => !c.data.accepting).map((c) => [c.id] as const))(
    '%s is paused: it says so and offers no request',
    (id) => {
      const $ = loadPage(profile(id));
      expect($('main').text()).toContain('Paused');
      expect($('a[href^="mailto:"]')).toHaveLength(0);
      expect($('#request-body')).toHaveLength(0);
    },
  );
});

describe('contacts past the re-confirmation period', () => {
  it.each(stale.map((contact) => [contact.id, contact] as const))(
    '%s appears nowhere: no page, no card, no index entry',
    (id, contact) => {
      expect(existsSync(join(DIST, profile(id)))).toBe(false);
      const mentions = htmlPages().filter((page) =>
        readFileSync(join(DIST, page), 'utf8').includes(contact.data.name),
      );
      expect(mentions).toEqual([]);
      expect(wholeIndexText()).not.toContain(contact.data.name);
    },
  );
});

describe('the A to Z listing', () => {
  it('shows every published contact once, 50 to a page, alphabetically', () => {
    const listingPages = htmlPages().filter(
      (page) => page === 'directory/index.html' || /^directory\/page\/\d+\/index\.html$/.test(page),
    );
    const names = listingPages
      .sort((a, b) =>
        (a.match(/\d+/)?.[0] ?? '1').localeCompare(b.match(/\d+/)?.[0] ?? '1', 'en', {
          numeric: true,
        }),
      )
      .flatMap((page) => {
        const cards = loadPage(page)('[data-directory-listing] .contact-card');
        expect(cards.length).toBeLessThanOrEqual(50);
        return cards
          .map((_, card) => loadPage(page)(card).find('[data-field="name"]').text())
          .get();
      });
    expect(names).toHaveLength(published.length);
    expect(names).toEqual(
      [...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare),
    );
  });

  it('cards show at most three topics and whether the person is taking requests', () => {
    const $ = loadPage('directory/index.html');
    $('[data-directory-listing] .contact-card').each((_, card) => {
      expect($(card).find('.tag').length).toBeLessThanOrEqual(3);
      expect($(card).find('.status').text()).toMatch(/Taking requests|Paused/);
    });
  });
});

describe('privacy', () => {
  const peoplePages = htmlPages().filter((page) => PEOPLE_PAGES.test(page));

  it('covers the directory, profiles and department, topic and goal pages', () => {
    for (const page of [
      'directory/index.html',
      'departments/vpf/index.html',
      'topics/budgeting/index.html',
      'goals/skills/index.html',
    ]) {
      expect(peoplePages).toContain(page);
    }
  });

  it.each(peoplePages)('%s asks search engines not to index it', (page) => {
    expect(site.directory.allowSearchEngines).toBe(false);
    expect(loadPage(page)('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('other pages may be indexed', () => {
    for (const page of ['index.html', 'guides/index.html', 'guides/start-here/index.html']) {
      expect(loadPage(page)('meta[name="robots"]')).toHaveLength(0);
    }
  });

  it('the sitemap lists no page about people', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toMatch(/\/(directory|departments|topics|goals)\//);
  });

  it('no email address is in the search index', () => {
    const index = wholeIndexText();
    expect(index).not.toMatch(/@example\.edu/);
    for (const contact of published) expect(index).not.toContain(contact.data.email);
  });
});

describe('the search index', () => {
  const pages = indexedPages();

  it('holds every published contact with its filters, and the guides', () => {
    const contactUrls = pages
      .filter((page) => page.filters['type']?.includes('contact'))
      .map((page) => page.url);
    expect(contactUrls.sort()).toEqual(
      published.map((contact) => `/directory/${contact.id}/`).sort(),
    );
    expect(pages.filter((page) => page.filters['type']?.includes('guide')).length).toBe(
      content.entries.guides.length,
    );
    const priya = pages.find((page) => page.url === `/directory/${published[0]?.id}/`);
    expect(Object.keys(priya?.filters ?? {}).sort()).toEqual([
      'accepting',
      'department',
      'format',
      'goal',
      'location',
      'topic',
      'type',
    ]);
  });

  it('keeps labels and values apart, so words do not run together', () => {
    for (const page of pages.filter((p) => p.filters['type']?.includes('contact'))) {
      expect(page.content).not.toMatch(
        /Ask me about[A-Z]|I can help you find out[A-Z]|Ways to meet[A-Z]|Languages[A-Z]|Location[A-Z]/,
      );
    }
  });
});
