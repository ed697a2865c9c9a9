import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-model/validation/load-content.ts';
import { questionPurposes } from '../../src/content-model/schemas/question.ts';
import { loadPage } from '../support/dist.ts';

const content = loadContent(process.cwd());
const guides = content.entries.guides.sort((a, b) => a.data.order - b.data.order);

/** The guides the set promises, by what they cover. */
const REQUIRED = [
  'start-here',
  'map-your-network',
  'set-a-goal',
  'find-the-right-people',
  'ask-for-a-conversation',
  'prepare-for-a-conversation',
  'question-bank',
  'during-the-conversation',
  'after-the-conversation',
  'internal-mobility',
  'remote-and-hybrid-networking',
  'events-and-groups',
  'for-volunteers',
  'privacy-notice',
];

describe('the guide set', () => {
  it('has every promised guide, each with valid frontmatter', () => {
    expect(
      content.problems.filter((problem) => problem.file.startsWith('content/guides/')),
    ).toEqual([]);
    expect(guides.map((guide) => guide.id)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(guides.map((guide) => [guide.id] as const))(
    '%s is a real page of 300 words or more',
    (id) => {
      const $ = loadPage(`guides/${id}/index.html`);
      const article = $('article').clone();
      article.find('.contents, [data-question-bank], #plan, #network-map, .templates').remove();
      const words = article.text().split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(300);
    },
  );

  it.each(guides.map((guide, index) => [guide.id, index] as const))(
    '%s links to the guides before and after it in order',
    (id, index) => {
      const $ = loadPage(`guides/${id}/index.html`);
      const previous = guides[index - 1];
      const next = guides[index + 1];
      expect($('a[rel="prev"]').attr('href')).toBe(
        previous ? `/guides/${previous.id}/` : undefined,
      );
      expect($('a[rel="next"]').attr('href')).toBe(next ? `/guides/${next.id}/` : undefined);
    },
  );
});

describe('the question bank', () => {
  const questions = content.taxonomies.questions;

  it('has at least 40 questions, covering every purpose', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const purpose of questionPurposes)
      expect(
        questions.some((question) => question.data.purpose === purpose),
        purpose,
      ).toBe(true);
  });

  it('shows each question with what it uncovers, in its purpose section', () => {
    const $ = loadPage('guides/question-bank/index.html');
    for (const question of questions) {
      const item = $(`[data-question-id="${question.id}"]`);
      expect(item.attr('data-purpose')).toBe(question.data.purpose);
      expect(item.text()).toContain(question.data.question);
      expect(item.text()).toContain(question.data.uncovers);
    }
  });

  it('is linked from every profile that offers a request', () => {
    const $ = loadPage('directory/priya-raman/index.html');
    expect($('.request a[href="/guides/question-bank/"]')).toHaveLength(1);
  });
});
