import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadPage } from '../support/dist.ts';

// The fixture site (tests/fixtures/site): three accepting contacts help with "skills"; Dmitri
// Volkov helps with "other-departments" but is paused; Hana Sato ("department-changes") has expired.
const data = (goal: string) =>
  JSON.parse(readFileSync(join(DIST, `directory/match/${goal}.json`), 'utf8')) as {
    goal: string;
    contacts: Record<string, unknown>[];
  };

describe('the guided match’s data', () => {
  it('is one file per goal', () => {
    expect(readdirSync(join(DIST, 'directory/match')).sort()).toEqual([
      'department-changes.json',
      'index.html',
      'leadership-changes.json',
      'opportunities.json',
      'other-departments.json',
      'skills.json',
    ]);
  });

  it('holds the accepting contacts of the goal, with only what ranking and the cards need', () => {
    expect(data('skills')).toEqual({
      goal: 'skills',
      contacts: [
        {
          id: 'amara-osei',
          name: 'Amara Osei',
          pronouns: 'she/her',
          title: 'Budget Manager',
          department: 'finance',
          topics: ['budgeting', 'data-analysis'],
          capacity: 2,
          expires: '2028-03-01',
        },
        {
          id: 'elif-yilmaz',
          name: 'Elif Yilmaz',
          title: 'Collections Manager',
          department: 'library',
          topics: ['budgeting', 'data-analysis'],
          capacity: 3,
          expires: '2028-05-02',
        },
        {
          id: 'gus-lindqvist',
          name: 'Gus Lindqvist',
          title: 'Data Officer',
          department: 'student-services',
          topics: ['data-analysis'],
          capacity: 4,
          expires: '2026-12-01',
        },
      ],
    });
  });

  it('leaves out paused and expired contacts', () => {
    const ids = data('other-departments').contacts.map((contact) => contact['id']);
    expect(ids).toHaveLength(52);
    expect(ids).not.toContain('dmitri-volkov');
    expect(data('department-changes').contacts.map((contact) => contact['id'])).toEqual([
      'amara-osei',
      'elif-yilmaz',
    ]);
  });
});

describe('the guided match page', () => {
  const $ = loadPage('directory/match/index.html');

  it('offers every goal, topic and department in a GET form, the goal required', () => {
    const form = $('#match-form');
    expect(form.attr('method')).toBe('get');
    expect(form.attr('action')).toBe('/directory/match/');
    expect($('#match-goal').attr('required')).toBeDefined();
    expect(
      $('#match-goal option')
        .map((_, option) => $(option).attr('value'))
        .get(),
    ).toEqual([
      '',
      'department-changes',
      'other-departments',
      'leadership-changes',
      'skills',
      'opportunities',
    ]);
    expect($('#match-topic option')).toHaveLength(6);
    expect($('#match-from option')).toHaveLength(6);
  });

  it('names no contact in its HTML and is kept out of search engines', () => {
    expect($('main .contact-card')).toHaveLength(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('holds the question bank’s questions for each goal, for the script to show the chosen one', () => {
    const questionsFor = (goal: string) =>
      $(`[data-questions-for="${goal}"] li`)
        .map((_, item) => $(item).text())
        .get();
    expect($('.match-questions h3').text()).toBe('Questions to ask');
    expect(questionsFor('skills')).toEqual([
      'What will be different in your area in two years?',
      'Which skills help most in a role like yours?',
    ]);
    expect(questionsFor('leadership-changes')).toEqual(['How are decisions made in your team?']);
    // Hidden until a goal is chosen: the page names none before that.
    expect($('.match-questions').attr('hidden')).toBeDefined();
  });
});
