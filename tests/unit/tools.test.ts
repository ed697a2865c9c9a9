import { describe, expect, it } from 'vitest';
import {
  CIRCLES,
  networkFile,
  readNetworkFile,
  scoreNetwork,
  type Person,
} from '../../src/shared/network-score.ts';
import { outreachTemplates } from '../../src/shared/outreach-templates.ts';
import {
  addOwnQuestion,
  addQuestion,
  moveQuestion,
  planFile,
  readPlan,
  planAsMarkdown,
  planAsText,
  removeQuestion,
  type PlanItem,
} from '../../src/shared/question-plan.ts';

const opener: PlanItem = {
  id: 'typical-week',
  question: 'What does a typical week look like?',
  purpose: 'opener',
};
const needs: PlanItem = {
  id: 'biggest-challenge',
  question: 'What is the biggest challenge?',
  purpose: 'needs',
};
const closer: PlanItem = {
  id: 'who-next',
  question: 'Who else should I talk to?',
  purpose: 'closer',
};

describe('building an interview plan', () => {
  it('adds questions once, in the order they are picked', () => {
    const plan = addQuestion(addQuestion(addQuestion([], opener), needs), opener);
    expect(plan.map((item) => item.id)).toEqual(['typical-week', 'biggest-challenge']);
  });

  it('removes a question', () => {
    expect(removeQuestion([opener, needs, closer], 'biggest-challenge')).toEqual([opener, closer]);
  });

  it('moves a question up and down, and not past either end', () => {
    const plan = [opener, needs, closer];
    expect(moveQuestion(plan, 'who-next', -1).map((item) => item.id)).toEqual([
      'typical-week',
      'who-next',
      'biggest-challenge',
    ]);
    expect(moveQuestion(plan, 'typical-week', 1).map((item) => item.id)).toEqual([
      'biggest-challenge',
      'typical-week',
      'who-next',
    ]);
    expect(moveQuestion(plan, 'typical-week', -1)).toEqual(plan);
    expect(moveQuestion(plan, 'who-next', 1)).toEqual(plan);
  });

  it('adds the reader’s own questions with their own ids, and ignores blank ones', () => {
    const plan = addOwnQuestion(
      addOwnQuestion([opener], '  How did   you start here? '),
      'What would you do differently?',
    );
    expect(plan.slice(1)).toEqual([
      { id: 'own-1', question: 'How did you start here?', purpose: 'own' },
      { id: 'own-2', question: 'What would you do differently?', purpose: 'own' },
    ]);
    expect(addOwnQuestion(plan, '   ')).toEqual(plan);
    expect(addOwnQuestion(removeQuestion(plan, 'own-1'), 'Again?').at(-1)?.id).toBe('own-1');
  });

  it('exports plain text and Markdown in the chosen order', () => {
    const plan = [needs, opener];
    expect(planAsText(plan)).toBe(
      'My interview plan\n\n1. What is the biggest challenge?\n2. What does a typical week look like?\n',
    );
    expect(
      planAsMarkdown([...plan, { id: 'own-1', question: 'Is *this* [ok]?', purpose: 'own' }]),
    ).toBe(
      '# My interview plan\n\n1. What is the biggest challenge? _(Organizational needs)_\n2. What does a typical week look like? _(Openers)_\n3. Is \\*this\\* \\[ok\\]? _(My own questions)_\n',
    );
    expect(planAsText([])).toContain('(No questions yet.)');
  });

  it('reads a stored plan back question by question, leaving out and counting what is malformed', () => {
    expect(
      readPlan(
        JSON.stringify([
          opener,
          { id: 1 },
          { ...needs, purpose: 'gossip' },
          { ...needs, purpose: 'toString' },
          null,
          'a question',
        ]),
      ),
    ).toEqual({ readable: true, items: [opener], skipped: 5 });
    expect(readPlan(planFile([opener, needs]))).toEqual({
      readable: true,
      items: [opener, needs],
      skipped: 0,
    });
  });

  it('keeps a stored id with quotes and brackets as it is', () => {
    expect(
      readPlan(String.raw`[{"id": "own-1\"] x", "question": "Why?", "purpose": "own"}]`),
    ).toEqual({
      readable: true,
      items: [{ id: 'own-1"] x', question: 'Why?', purpose: 'own' }],
      skipped: 0,
    });
  });

  it('gives a repeated or missing id a fresh one, so each question can be moved and removed alone', () => {
    expect(
      readPlan(
        JSON.stringify([
          { id: 'own-1', question: 'A?', purpose: 'own' },
          { id: 'own-1', question: 'B?', purpose: 'own' },
          { question: 'C?', purpose: 'own' },
          { id: 'kept-1', question: 'D?', purpose: 'own' },
        ]),
      ),
    ).toEqual({
      readable: true,
      items: [
        { id: 'own-1', question: 'A?', purpose: 'own' },
        { id: 'kept-2', question: 'B?', purpose: 'own' },
        { id: 'kept-3', question: 'C?', purpose: 'own' },
        { id: 'kept-1', question: 'D?', purpose: 'own' },
      ],
      skipped: 0,
    });
  });

  it('says a stored plan that is not a list cannot be read at all', () => {
    expect(readPlan('not json')).toEqual({ readable: false, reason: 'not-json' });
    expect(readPlan('{"plan": []}')).toEqual({ readable: false, reason: 'other-shape' });
    expect(readPlan('')).toEqual({ readable: false, reason: 'not-json' });
  });
});

const person = (id: string, circle: Person['circle'], closeness: Person['closeness']): Person => ({
  id,
  name: id,
  circle,
  closeness,
});

describe('scoring a network', () => {
  it('has no strength and every circle as a gap when empty', () => {
    const score = scoreNetwork([]);
    expect(score).toMatchObject({ people: 0, strength: 0, breadth: 0, circles: 6 });
    expect(score.gaps.map((gap) => gap.circle)).toEqual(CIRCLES.map((circle) => circle.id));
    expect(score.gaps.every((gap) => gap.kind === 'empty')).toBe(true);
  });

  it('measures strength from how well the reader knows people, from 0 to 100', () => {
    expect(scoreNetwork([person('a', 'own-team', 3), person('b', 'own-team', 3)]).strength).toBe(
      100,
    );
    expect(scoreNetwork([person('a', 'own-team', 1), person('b', 'own-team', 3)]).strength).toBe(
      50,
    );
    expect(scoreNetwork([person('a', 'own-team', 1)]).strengthWords).toMatch(/^Light/);
    expect(scoreNetwork([person('a', 'own-team', 3)]).strengthWords).toMatch(/^Strong/);
  });

  it('measures breadth as the circles reached', () => {
    const score = scoreNetwork([
      person('a', 'own-team', 2),
      person('b', 'leadership', 2),
      person('c', 'outside', 2),
      person('d', 'outside', 3),
    ]);
    expect(score.breadth).toBe(3);
    expect(score.breadthWords).toBe('Fairly broad: your network reaches 3 of 6 circles.');
  });

  it('names empty and weak circles as gaps, each with a place to fill it', () => {
    const score = scoreNetwork([
      person('a', 'own-team', 3),
      person('b', 'leadership', 1),
      person('c', 'leadership', 1),
    ]);
    const leadership = score.gaps.find((gap) => gap.circle === 'leadership');
    expect(leadership).toMatchObject({ kind: 'weak', fill: { goal: 'leadership-changes' } });
    expect(score.gaps.find((gap) => gap.circle === 'other-departments')).toMatchObject({
      kind: 'empty',
      message: 'You have no one in other departments.',
      fill: { goal: 'other-departments' },
    });
    expect(score.gaps.some((gap) => gap.circle === 'own-team')).toBe(false);
  });

  it('names every circle in a sentence that reads', () => {
    expect(scoreNetwork([]).gaps.map((gap) => gap.message)).toEqual([
      'You have no one in your own team.',
      'You have no one in other departments.',
      'You have no one in leadership.',
      'You have no one in similar roles elsewhere.',
      'You have no one in employee groups.',
      'You have no one outside your institution.',
    ]);
    expect(
      scoreNetwork([person('a', 'outside', 1)]).gaps.find((gap) => gap.circle === 'outside')
        ?.message,
    ).toBe(
      'You have only met the people outside your institution. A conversation would turn one of them into a real contact.',
    );
  });
});

describe('the network map file', () => {
  const people = [person('a', 'own-team', 3), person('b', 'outside', 1)];
  const file = (list: unknown[]) => JSON.stringify({ version: 1, people: list });

  it('round-trips through export and import', () => {
    expect(readNetworkFile(networkFile(people))).toEqual({
      readable: true,
      items: people,
      skipped: 0,
    });
  });

  it('leaves out and counts a person who is not complete, keeping the others', () => {
    expect(
      readNetworkFile(
        file([
          { id: 'a', name: 'Ana', circle: 'own-team', closeness: 3 },
          { id: 'x', name: 'Xu', circle: 'mars', closeness: 2 },
          { id: 'y', name: '  ', circle: 'outside', closeness: 2 },
          { id: 'z', name: 'Zoe', circle: 'outside', closeness: 4 },
          'Ben',
          { id: 'c', name: ' Cleo ', circle: 'leadership', closeness: 1 },
        ]),
      ),
    ).toEqual({
      readable: true,
      items: [
        { id: 'a', name: 'Ana', circle: 'own-team', closeness: 3 },
        { id: 'c', name: 'Cleo', circle: 'leadership', closeness: 1 },
      ],
      skipped: 4,
    });
  });

  it('gives people with the same id, or none, ids of their own', () => {
    expect(
      readNetworkFile(
        file([
          { id: 'p1', name: 'Ana', circle: 'own-team', closeness: 3 },
          { id: 'p1', name: 'Ben', circle: 'own-team', closeness: 2 },
          { id: 'p1', name: 'Cleo', circle: 'outside', closeness: 1 },
          { name: 'Dev', circle: 'outside', closeness: 1 },
          { id: 'person-1', name: 'Eve', circle: 'outside', closeness: 2 },
        ]),
      ),
    ).toEqual({
      readable: true,
      items: [
        { id: 'p1', name: 'Ana', circle: 'own-team', closeness: 3 },
        { id: 'person-2', name: 'Ben', circle: 'own-team', closeness: 2 },
        { id: 'person-3', name: 'Cleo', circle: 'outside', closeness: 1 },
        { id: 'person-4', name: 'Dev', circle: 'outside', closeness: 1 },
        { id: 'person-1', name: 'Eve', circle: 'outside', closeness: 2 },
      ],
      skipped: 0,
    });
  });

  it('says a file that is not a network map cannot be read at all, and why', () => {
    expect(readNetworkFile('hello')).toEqual({ readable: false, reason: 'not-json' });
    expect(readNetworkFile('{"people": []}')).toEqual({ readable: false, reason: 'other-shape' });
    expect(readNetworkFile('{"version": 1, "people": {}}')).toEqual({
      readable: false,
      reason: 'other-shape',
    });
    expect(readNetworkFile('null')).toEqual({ readable: false, reason: 'other-shape' });
  });
});

describe('outreach templates', () => {
  it('has a request, a reminder, a thank-you and a later update, each to fill in', () => {
    const templates = outreachTemplates('Networking Hub', 'the Institute');
    expect(templates.map((template) => template.id)).toEqual([
      'request',
      'reminder',
      'thank-you',
      'update',
    ]);
    for (const { message } of templates) {
      expect(message.subject).not.toBe('');
      expect(message.body).toMatch(/^Dear \[their first name\],\n/);
      expect(message.body).toContain('[your name]');
    }
    expect(templates[0]?.message).toEqual({
      subject: 'Request for a 20-minute conversation about [a topic they list]',
      body: [
        'Dear [their first name],',
        '',
        'I am [your name], [your role] in [your department] at the Institute. I found you in the Networking Hub directory: [why I chose you].',
        '',
        'I would like to hear about [a topic they list].',
        '',
        'Could we talk for 20 minutes in the next few weeks? I will keep to time and bring a few questions.',
        '',
        'I am not asking about vacancies.',
        '',
        'Thank you,',
        '[your name]',
      ].join('\n'),
    });
    expect(templates[1]?.message.body).toContain('20 minutes');
  });
});
