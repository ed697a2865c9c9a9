import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { greetingName, requestMessage } from '../../src/shared/outreach-templates.ts';
import { FIXTURE_SITE, FIXTURE_TODAY } from '../support/fixtures.ts';

const VIDEO = { phrase: 'by video', kind: 'conversation' };
const COFFEE = { phrase: 'over coffee', kind: 'conversation' };
const EMAIL = { phrase: 'by email', kind: 'written' };
const PHONE = { phrase: 'by phone', kind: 'conversation' };

/** Amara Osei of the fixture site, asked about one goal at a time. */
const amara = (goal?: string) =>
  requestMessage({
    contactName: 'Amara Osei',
    topics: ['Budgeting', 'Data analysis'],
    goal,
    formats: [VIDEO, COFFEE],
    siteTitle: 'Staff Connections',
    institution: 'the college',
  });

const body = (learn: string) =>
  [
    'Dear Amara,',
    '',
    'I am [your name], [your role] in [your department] at the college. I found you in the Staff Connections directory: [why I chose you].',
    '',
    learn,
    '',
    'Could we talk for 20 minutes in the next few weeks, by video or over coffee, whichever suits you? I will keep to time and bring a few questions.',
    '',
    'I am not asking about vacancies.',
    '',
    'Thank you,',
    '[your name]',
  ].join('\n');

// What the request asks for each goal of the fixture institution (tests/fixtures/site): the
// contact's department and work, in the contact's words, never the reader's "my department".
const FIXTURE_GOAL_SENTENCES: Record<string, string> = {
  'department-changes':
    'I would like to hear about budgeting and data analysis, and your view on what is changing in your department.',
  'other-departments':
    'I would like to hear about budgeting and data analysis, and your view on what your department does day to day.',
  'leadership-changes':
    'I would like to hear about budgeting and data analysis, and your view on how leadership is changing the college, as you see it.',
  skills:
    'I would like to hear about budgeting and data analysis, and your view on which skills matter in your area.',
  opportunities:
    'I would like to hear about budgeting and data analysis, and your view on where you see openings and projects coming up.',
};

const fixtureGoals = validateContent(FIXTURE_SITE, FIXTURE_TODAY).content.taxonomies.goals;

describe('the prefilled request', () => {
  it('has a sentence below for every goal of the fixture institution', () => {
    expect(fixtureGoals.map((goal) => goal.data.id).sort()).toEqual(
      Object.keys(FIXTURE_GOAL_SENTENCES).sort(),
    );
  });

  it.each(Object.entries(FIXTURE_GOAL_SENTENCES))(
    'asks about %s in the contact’s words, with the whole message as written',
    (id, sentence) => {
      const goal = fixtureGoals.find((each) => each.data.id === id)?.data;
      expect(amara(goal?.requestPhrase)).toEqual({
        subject: 'Request for a 20-minute conversation about budgeting',
        body: body(sentence),
      });
    },
  );

  it('asks only about the topics when no goal is given', () => {
    expect(amara().body).toBe(body('I would like to hear about budgeting and data analysis.'));
  });

  it('runs to under 90 words', () => {
    const words = amara('which skills matter in your area').body.split(/\s+/).length;
    expect(words).toBe(85);
  });

  it('greets by the name the contact asked for', () => {
    const message = requestMessage({
      contactName: 'Robert Tables',
      knownAs: 'Bobby',
      topics: ['Procurement'],
      formats: [VIDEO],
      siteTitle: 'Staff Connections',
      institution: 'the college',
    });
    expect(message.body.split('\n')[0]).toBe('Dear Bobby,');
  });

  it('greets by first name, not the full name, when no other is given', () => {
    const message = requestMessage({
      contactName: 'Priya Raman',
      topics: ['Procurement'],
      formats: [VIDEO],
      siteTitle: 'Staff Connections',
      institution: 'the college',
    });
    expect(message.body.split('\n')[0]).toBe('Dear Priya,');
    expect(greetingName({ contactName: 'Thảo Nguyễn' })).toBe('Thảo');
    expect(greetingName({ contactName: 'Cher' })).toBe('Cher');
  });

  it('offers only ways to meet that are a conversation, never email', () => {
    const message = requestMessage({
      contactName: 'Priya Raman',
      topics: ['Procurement'],
      formats: [EMAIL, COFFEE, VIDEO],
      siteTitle: 'Staff Connections',
      institution: 'the college',
    });
    expect(message.body).toContain(
      'Could we talk for 20 minutes in the next few weeks, over coffee or by video, whichever suits you? I will keep to time',
    );
  });

  it('offers at most two ways to meet, so the request stays short', () => {
    const message = requestMessage({
      contactName: 'Priya Raman',
      topics: ['Procurement'],
      formats: [COFFEE, VIDEO, PHONE],
      siteTitle: 'Staff Connections',
      institution: 'the college',
    });
    expect(message.body).toContain(
      'in the next few weeks, over coffee or by video, whichever suits you?',
    );
    expect(message.body).not.toContain('by phone');
  });

  it('offers the one way to meet, with no choice to make, when the contact gave one', () => {
    const message = requestMessage({
      contactName: 'Priya Raman',
      topics: ['Procurement'],
      formats: [EMAIL, PHONE],
      siteTitle: 'Staff Connections',
      institution: 'the college',
    });
    expect(message.body).toContain(
      'Could we talk for 20 minutes in the next few weeks, by phone? I will keep to time and bring a few questions.',
    );
  });

  it('offers no way to meet when email is the only one the contact gave', () => {
    const message = requestMessage({
      contactName: 'Priya Raman',
      topics: ['Procurement'],
      formats: [EMAIL],
      siteTitle: 'Staff Connections',
      institution: 'the college',
    });
    expect(message.body).toContain(
      'Could we talk for 20 minutes in the next few weeks? I will keep to time and bring a few questions.',
    );
    expect(message.body).not.toContain('email');
  });

  it('keeps the capitals of a topic written in them, such as an acronym', () => {
    const message = requestMessage({
      contactName: 'Priya Raman',
      topics: ['SAP Concur', 'HR policy'],
      formats: [VIDEO],
      siteTitle: 'Staff Connections',
      institution: 'the college',
    });
    expect(message.subject).toBe('Request for a 20-minute conversation about SAP Concur');
    expect(message.body).toContain('I would like to hear about SAP Concur and HR policy.');
  });
});
