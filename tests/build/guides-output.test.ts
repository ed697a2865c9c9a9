import { describe, expect, it } from 'vitest';
import { loadPage } from '../support/dist.ts';

// The eight guides of the fixture site, in their `order`.
const GUIDES = [
  'start-here',
  'map-your-network',
  'prepare-for-a-conversation',
  'question-bank',
  'ask-for-a-conversation',
  'after-the-conversation',
  'privacy-notice',
  'become-a-contact',
];
const texts = (page: string, selector: string) => {
  const $ = loadPage(page);
  return $(selector)
    .map((_, element) => $(element).text().trim())
    .get();
};

describe('the guides page', () => {
  it('lists the guides under their sections, in order', () => {
    expect(texts('guides/index.html', 'main h2')).toEqual([
      'Start here',
      'Before a conversation',
      'After a conversation',
      'More on networking',
    ]);
    expect(texts('guides/index.html', 'main .guide-list a')).toEqual([
      'Start here',
      'Map your network',
      'Prepare for a conversation',
      'The question bank',
      'Ask for a conversation',
      'After the conversation',
      'Directory privacy notice',
      'Become a network contact',
    ]);
  });
});

describe('a guide', () => {
  it('has its body, a contents list of its sections and the date it was last reviewed', () => {
    const $ = loadPage('guides/start-here/index.html');
    expect($('article h1').text()).toBe('Start here');
    expect(texts('guides/start-here/index.html', 'nav.contents a')).toEqual([
      'Why it helps',
      'How to begin',
    ]);
    expect($('nav.contents a').first().attr('href')).toBe('#why-it-helps');
    expect($('article').text()).toContain(
      'A short conversation can tell you how another team works',
    );
    expect($('article').text()).toContain('Last reviewed 1 October 2026.');
  });

  it.each(GUIDES.map((id, index) => [id, GUIDES[index - 1], GUIDES[index + 1]] as const))(
    '%s links to the guides before and after it in order',
    (id, previous, next) => {
      const $ = loadPage(`guides/${id}/index.html`);
      expect($('a[rel="prev"]').attr('href')).toBe(previous && `/guides/${previous}/`);
      expect($('a[rel="next"]').attr('href')).toBe(next && `/guides/${next}/`);
    },
  );

  it('points to colleagues who can help with its topics and goals, and to upcoming sessions', () => {
    expect(
      texts('guides/prepare-for-a-conversation/index.html', '.related [data-field="name"]'),
    ).toEqual(['Farah Haddad']);
    const $ = loadPage('guides/prepare-for-a-conversation/index.html');
    expect($('.related a:contains("Find more colleagues")').attr('href')).toBe(
      '/directory/?topic=mentoring',
    );
    // Cancelled sessions are left out; the first three others are listed.
    expect(
      texts('guides/prepare-for-a-conversation/index.html', '.related li[data-session-end]'),
    ).toEqual([
      'Networking Basics: Thursday 3 December 2026, 1pm to 4pm CST',
      'Networking Basics: Thursday 14 January 2027, 9am to 12pm CST (full)',
      'Networking Basics: Thursday 18 March 2027, 1pm to 4pm CDT',
    ]);
  });
});

describe('the question bank', () => {
  const page = 'guides/question-bank/index.html';

  it('shows the 12 questions of the content, one section per purpose', () => {
    expect(texts(page, '[data-question-bank] h2')).toEqual([
      'Openers',
      'Organizational needs',
      'Culture',
      'Future opportunities',
      'Fit with my skills, interests and values',
      'Closers',
    ]);
    expect(texts(page, '[data-question-bank] .question__text')).toHaveLength(12);
  });

  it('shows each question with what it uncovers, in its purpose section', () => {
    const $ = loadPage(page);
    const item = $('[data-question-id="who-else"]');
    expect(item.attr('data-purpose')).toBe('closer');
    expect(item.find('.question__text').text()).toBe('Who else would you suggest I talk to?');
    expect(item.find('.question__uncovers').text()).toBe(
      'What it uncovers: The next person in your network.',
    );
    expect($('[data-question-id="team-priorities"]').attr('data-purpose')).toBe('needs');
  });

  it('shows which goals each question serves, by their labels', () => {
    const $ = loadPage(page);
    expect($('[data-question-id="who-else"] .question__goals').text()).toBe(
      'Helps with: Openings and projects',
    );
    expect($('[data-question-id="what-is-changing"] .question__goals').text()).toBe(
      'Helps with: Changes in my department; Skills that matter',
    );
  });
});
