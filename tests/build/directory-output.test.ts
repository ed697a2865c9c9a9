import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, loadPage } from '../support/dist.ts';
import { indexedPages, wholeIndexText } from '../support/search-index.ts';

// The fixture site has 58 contacts: 51 in Estates and Facilities, 7 others (tests/fixtures/site).
// Hana Sato confirmed more than 18 months (the fixture's reconfirmMonths) before the pinned today; Dmitri Volkov is paused.
const profile = (id: string) => `directory/${id}/index.html`;
const cardNames = (page: string) => {
  const $ = loadPage(page);
  return $('[data-directory-listing] .contact-card [data-field="name"]')
    .map((_, element) => $(element).text())
    .get();
};

describe('a profile', () => {
  const $ = loadPage(profile('amara-osei'));
  const text = $('main').text().replace(/\s+/g, ' ');

  it('shows every field in plain words', () => {
    expect($('h1').text()).toBe('Amara Osei');
    for (const part of [
      '(she/her) Budget Manager, Finance Office',
      'Taking requests',
      'Amara plans the yearly budget of the college with every department. She enjoys explaining where the money goes.',
      'Ask me about Budgeting Data analysis',
      // From the reader's side: their department, not the reader's "my department".
      'Can help you find out what is changing in their department which skills matter in their area',
      "Please don't ask me about the budget of one particular grant",
      'Ways to meetVideo call, Over coffee',
      'Conversations a monthUp to 2',
      'LocationNorth campus',
      'LanguagesEnglish and French',
      'Earlier rolesFinance Assistant, Student Services (2016-2020)',
      'Last confirmed 1 September 2026.',
    ])
      expect(text).toContain(part);
  });

  it('offers a prefilled request as a form that opens an email without JavaScript', () => {
    // No prefilled mailto: link until the script makes one: without JavaScript it would drop the
    // reader's edits. Without it, only the bare address, for those who would rather copy the message.
    expect($('a[href^="mailto:"]')).toHaveLength(0);
    expect($('.request noscript').text().replace(/\s+/g, ' ').trim()).toBe(
      '<p class="hint">If your email app shows spaces as "+", copy the message into <a href="mailto:aosei@example.edu">a new email</a>.</p>',
    );
    expect($('.request form > p.hint').text().replace(/\s+/g, ' ').trim()).toBe(
      'It opens an email to aosei@example.edu: nothing is sent until you send it.',
    );
    const form = $('.request form[data-composer]');
    // GET, the default method, puts the fields in the address: ?subject=…&body=… (the no-JavaScript
    // test in tests/e2e/directory.test.ts submits it). A POST form would send the email app nothing.
    expect(form.attr('method') ?? 'get').toBe('get');
    expect(form.attr('action')).toBe('mailto:aosei@example.edu');
    expect(form.find('button[type="submit"]').text().trim()).toBe(
      'Open this request in your email app',
    );
    expect(form.find('input[name="subject"]').attr('value')).toBe(
      'Request for a 20-minute conversation about budgeting',
    );
    expect(form.find('textarea[name="body"]').text()).toBe(
      [
        'Dear Amara,',
        '',
        'I am [your name], [your role] in [your department] at the college. I found you in the Staff Connections directory: [why I chose you].',
        '',
        'I would like to hear about budgeting and data analysis, and your view on what is changing in your department.',
        '',
        'Could we talk for 20 minutes in the next few weeks, by video or over coffee, whichever suits you? I will keep to time and bring a few questions.',
        '',
        'I am not asking about vacancies.',
        '',
        'Thank you,',
        '[your name]',
      ].join('\n'),
    );
    expect($('a[href="/guides/prepare-for-a-conversation/"]').text()).toBe(
      'Prepare for a conversation',
    );
    expect($('.request a[href="/guides/question-bank/"]').text()).toBe('The question bank');
  });

  it('greets a contact by the name they gave, and keeps what not to ask out of the index', () => {
    const joao = loadPage(profile('joao-zeller'));
    expect(joao('textarea[name="body"]').text().split('\n')[0]).toBe('Dear João,');
    expect(joao('#request-body-hint').text()).toBe('Replace the words in [square brackets].');
    expect(text).toContain('the budget of one particular grant');
    expect(wholeIndexText()).not.toContain('particular grant');
  });

  it('says until when the contact is listed, for readers and for the page script', () => {
    expect(text).toContain('Last confirmed 1 September 2026. Listed until 1 March 2028.');
    expect($('time[datetime="2028-03-01"]').text()).toBe('1 March 2028');
    expect($('[data-listing-expires]').attr('data-listing-expires')).toBe('2028-03-01');
    // The page carries no expired notice: the script makes one in the offer's place once the date
    // has passed (tests/e2e/listing-expiry.test.ts).
    expect($('[data-listing-expired-notice]')).toHaveLength(0);
    expect(text).not.toContain('This listing has expired');
    expect($('[data-listing-expires] [data-listing-offer] [data-composer]')).toHaveLength(1);
  });

  it('of a paused contact says so and offers no request', () => {
    const paused = loadPage(profile('dmitri-volkov'));
    expect(paused('main').text()).toContain(
      'Paused: Dmitri Volkov is not taking requests at the moment',
    );
    expect(paused('a[href^="mailto:"]')).toHaveLength(0);
    expect(paused('#request-body')).toHaveLength(0);
  });

  it('exists for each of the 57 current contacts, and not for the stale one', () => {
    const profiles = htmlPages().filter((page) =>
      /^directory\/[a-z]+-[a-z]+\/index\.html$/.test(page),
    );
    expect(profiles).toHaveLength(57);
    expect(profiles).toContain(profile('gus-lindqvist'));
    expect(profiles).not.toContain(profile('hana-sato'));
  });
});

describe('a contact past the re-confirmation period', () => {
  it('appears nowhere: no page, no card, no index entry', () => {
    expect(existsSync(join(DIST, profile('hana-sato')))).toBe(false);
    const mentions = htmlPages().filter((page) =>
      readFileSync(join(DIST, page), 'utf8').includes('Hana Sato'),
    );
    expect(mentions).toEqual([]);
    expect(wholeIndexText()).not.toContain('Hana Sato');
    expect(wholeIndexText()).not.toContain('hsato');
  });
});

describe('the A to Z listing', () => {
  it('shows the 57 current contacts once, 50 to a page, alphabetically by name', () => {
    const first = cardNames('directory/index.html');
    expect(first).toHaveLength(50);
    expect(first.slice(0, 8)).toEqual([
      'Abel Abbott',
      'Adele Barros',
      'Ahmed Chen',
      'Aiko Dlamini',
      'Alba Eriksen',
      'Amara Osei',
      'Amir Fonseca',
      'Ana Garza',
    ]);
    expect(first.at(-1)).toBe('Tariq Stone');
    expect(cardNames('directory/page/2/index.html')).toEqual([
      'Tova Toth',
      'Uma Ulloa',
      'Vera Voss',
      'Wren Weir',
      'Xia Yates',
      'Yara Zamora',
      'Zane Baird',
    ]);
  });

  it('links the pages to each other', () => {
    const $ = loadPage('directory/index.html');
    expect($('a[rel="next"]').attr('href')).toBe('/directory/page/2/');
    const second = loadPage('directory/page/2/index.html');
    expect(second('h1').text()).toBe('Find a colleague to talk to');
    expect(second('title').text()).toContain('Directory of network contacts, page 2 of 2');
    expect(second('a[rel="prev"]').attr('href')).toBe('/directory/');
  });

  it('cards show the topics and whether the person is taking requests', () => {
    const $ = loadPage('directory/index.html');
    const card = (name: string) =>
      $(`[data-directory-listing] .contact-card:has([data-field="name"]:contains("${name}"))`);
    expect(
      card('Amara Osei')
        .find('.tag')
        .map((_, tag) => $(tag).text())
        .get(),
    ).toEqual(['Budgeting', 'Data analysis']);
    expect(card('Amara Osei').find('.status').text()).toBe('Taking requests');
    expect(card('Dmitri Volkov').find('.status').text()).toBe('Paused: not taking requests');
  });
});

describe('browsing by department, topic and goal', () => {
  it('lists the contacts of a term, 50 to a page', () => {
    const finance = loadPage('departments/finance/index.html');
    expect(finance('h1').text()).toBe('Finance Office');
    expect(
      finance('main .contact-card [data-field="name"]')
        .map((_, element) => finance(element).text())
        .get(),
    ).toEqual(['Amara Osei', 'Ben Carter', 'Dmitri Volkov']);
    expect(cardNamesIn('topics/campus-operations/index.html')).toHaveLength(50);
    expect(cardNamesIn('topics/campus-operations/page/2/index.html')).toEqual(['Zane Baird']);
    expect(cardNamesIn('goals/other-departments/page/2/index.html')).toEqual([
      'Xia Yates',
      'Yara Zamora',
      'Zane Baird',
    ]);
  });
});

function cardNamesIn(page: string): string[] {
  const $ = loadPage(page);
  return $('main .contact-card [data-field="name"]')
    .map((_, element) => $(element).text())
    .get();
}

describe('privacy', () => {
  // Which pages carry noindex and leave the sitemap: tests/build/noindex-pages.test.ts.
  it('every page of the directory asks search engines not to index it', () => {
    const directory = htmlPages().filter((page) => page.startsWith('directory/'));
    // The A to Z pages, 57 profiles and the guided match.
    expect(directory).toHaveLength(60);
    for (const page of directory) {
      expect(loadPage(page)('meta[name="robots"]').attr('content')).toBe('noindex');
    }
  });

  it('no email address is in the search index', () => {
    const index = wholeIndexText();
    expect(index).not.toMatch(/@example\.edu/);
    expect(index).not.toContain('aosei');
  });
});

describe('the search index', () => {
  const pages = indexedPages();
  const ofType = (type: string) => pages.filter((page) => page.filters['type']?.includes(type));

  it('holds every current contact and every guide', () => {
    const contacts = ofType('contact').map((page) => page.url);
    expect(contacts).toHaveLength(57);
    expect(contacts).toContain('/directory/amara-osei/');
    expect(contacts).not.toContain('/directory/hana-sato/');
    expect(
      ofType('guide')
        .map((page) => page.url)
        .sort(),
    ).toEqual([
      '/guides/after-the-conversation/',
      '/guides/ask-for-a-conversation/',
      '/guides/become-a-contact/',
      '/guides/map-your-network/',
      '/guides/prepare-for-a-conversation/',
      '/guides/privacy-notice/',
      '/guides/question-bank/',
      '/guides/start-here/',
    ]);
  });

  it('gives each contact the filters and metadata the header search ranks by', () => {
    // The directory search has its own index: Pagefind's holds only what the header search reads.
    const amara = pages.find((page) => page.url === '/directory/amara-osei/');
    expect(amara?.filters).toEqual({
      accepting: ['yes'],
      department: ['finance'],
      type: ['contact'],
    });
    expect(amara?.meta).toEqual({
      name: 'Amara Osei',
      role: 'Budget Manager',
      title: 'Amara Osei',
      topics: 'budgeting|data-analysis',
    });
    const dmitri = pages.find((page) => page.url === '/directory/dmitri-volkov/');
    expect(dmitri?.filters['accepting']).toEqual(['no']);
  });

  it('keeps labels and values apart, so words do not run together', () => {
    const contacts = ofType('contact');
    expect(contacts).toHaveLength(57);
    for (const page of contacts) {
      expect(page.content).not.toMatch(
        /Ask me about[A-Z]|I can help you find out[A-Z]|Ways to meet[A-Z]|Languages[A-Z]|Location[A-Z]/,
      );
    }
  });
});
