import { describe, expect, it } from 'vitest';
import {
  CIRCLES,
  networkFile,
  parseNetworkFile,
  scoreNetwork,
  type Person,
} from '../../src/shared/network-score.ts';
import { outreachTemplates } from '../../src/shared/outreach-templates.ts';
import {
  addOwnQuestion,
  addQuestion,
  moveQuestion,
  parsePlan,
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

  it('reads a stored plan back and drops anything malformed', () => {
    expect(
      parsePlan(
        JSON.stringify([
          opener,
          { id: 1 },
          { ...needs, purpose: 'gossip' },
          { ...needs, purpose: 'toString' },
        ]),
      ),
    ).toEqual([opener]);
    expect(parsePlan('not json')).toEqual([]);
    expect(parsePlan(null)).toEqual([]);
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
});

describe('the network map file', () => {
  const people = [person('a', 'own-team', 3), person('b', 'outside', 1)];

  it('round-trips through export and import', () => {
    expect(parseNetworkFile(networkFile(people))).toEqual(people);
  });

  it('refuses a file that is not a network map, saying why', () => {
    expect(() => parseNetworkFile('hello')).toThrow('not JSON');
    expect(() => parseNetworkFile('{"people": []}')).toThrow(
      'expected a file exported from this page',
    );
    expect(() =>
      parseNetworkFile(
        '{"version": 1, "people": [{"id": "x", "name": "A", "circle": "mars", "closeness": 2}]}',
      ),
    ).toThrow('Person 1 in this file is not complete');
  });
});

describe('outreach templates', () => {
  it('has a request, a reminder, a thank-you and a later update, each to fill in', () => {
    const templates = outreachTemplates('Networking Hub');
    expect(templates.map((template) => template.id)).toEqual([
      'request',
      'reminder',
      'thank-you',
      'update',
    ]);
    for (const { message } of templates) {
      expect(message.subject).not.toBe('');
      expect(message.body).toMatch(/^Dear \[their name\],\n/);
      expect(message.body).toContain('[your name]');
    }
    expect(templates[0]?.message.body).toContain('20 to 30 minutes');
  });
});
