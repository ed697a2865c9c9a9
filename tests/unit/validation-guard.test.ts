import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/content-model/validation/problem.ts';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { FIXTURE_TODAY, fixtureWith } from '../support/fixtures.ts';

// A fault no rule foresaw, in the middle of reading one file: the YAML reader fails on it.
vi.mock('../../src/content-model/validation/yaml-source.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/content-model/validation/yaml-source.ts')>();
  return {
    ...original,
    parseYamlSource: (file: string, ...rest: [string, number?]) => {
      if (file === 'content/contacts/grace-hopper.yaml' || file === 'site.config.yaml')
        throw new TypeError('Cannot read properties of undefined (reading "range")');
      return original.parseYamlSource(file, ...rest);
    },
  };
});

let cleanup = () => {};
afterEach(() => cleanup());

describe('an unexpected failure while reading a file', () => {
  it('is a problem naming that file, and the other files are still checked', () => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    const result = validateContent(fixture.root, FIXTURE_TODAY);
    const BUG =
      '(expected an entry of fields as in the other files; if it looks like one, tell a developer, since the validator should have said what is wrong)';
    expect(result.errors.map(formatProblem)).toEqual([
      `content/contacts/grace-hopper.yaml:1:1 could not be read: Cannot read properties of undefined (reading "range") ${BUG}`,
      `site.config.yaml:1:1 could not be read: Cannot read properties of undefined (reading "range") ${BUG}`,
    ]);
    expect(result.content.entries.contacts.map((contact) => contact.id)).toEqual(['ada-lovelace']);
  });
});
