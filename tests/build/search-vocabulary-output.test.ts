import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

// The fixture site (tests/fixtures/site): its labels and its 57 published contacts.
const vocabulary = JSON.parse(readFileSync(join(DIST, 'search-vocabulary.json'), 'utf8')) as {
  labels: string[];
  people: string[];
};

describe("the staff edition's search vocabulary", () => {
  it('holds the words of labels: topics, departments, locations and goals', () => {
    expect(vocabulary.labels).toEqual(expect.arrayContaining(['budgeting', 'finance', 'office']));
    expect(vocabulary.labels).toEqual(expect.arrayContaining(['library', 'analysis']));
  });

  it("holds the words of published contacts' names and job titles, each once", () => {
    expect(vocabulary.people).toEqual(
      expect.arrayContaining(['amara', 'osei', 'lindqvist', 'budget', 'manager']),
    );
    expect(new Set(vocabulary.people).size).toBe(vocabulary.people.length);
  });

  it('leaves out contacts whose listing has expired (Hana Sato)', () => {
    expect(vocabulary.people).not.toContain('sato');
  });

  it('stays small: words, not records', () => {
    expect(readFileSync(join(DIST, 'search-vocabulary.json')).length).toBeLessThan(4096);
  });
});
