import { describe, expect, it } from 'vitest';
import {
  fieldName,
  formatAnnotation,
  formatProblem,
  type Problem,
} from '../../src/content-model/validation/problem.ts';

const problem: Problem = {
  severity: 'error',
  file: 'content/contacts/jane-doe.yaml',
  line: 7,
  column: 8,
  field: 'email',
  message: '"jane@" is not a valid email address (expected name@domain)',
};

describe('formatProblem', () => {
  it('prints file:line:column, the field, what is wrong and what is expected', () => {
    expect(formatProblem(problem)).toBe(
      'content/contacts/jane-doe.yaml:7:8 email: "jane@" is not a valid email address (expected name@domain)',
    );
  });

  it('marks warnings and leaves out an empty field', () => {
    expect(formatProblem({ ...problem, severity: 'warning', field: '', message: 'is old' })).toBe(
      'content/contacts/jane-doe.yaml:7:8 warning: is old',
    );
  });
});

describe('formatAnnotation', () => {
  it('is a GitHub Actions error command on the failing line', () => {
    expect(formatAnnotation(problem)).toBe(
      '::error file=content/contacts/jane-doe.yaml,line=7,col=8,title=email::"jane@" is not a valid email address (expected name@domain)',
    );
  });

  it('escapes characters that would end the command early', () => {
    const annotation = formatAnnotation({
      ...problem,
      severity: 'warning',
      field: 'a,b:c',
      message: '100% sure\nnext line',
    });
    expect(annotation).toBe(
      '::warning file=content/contacts/jane-doe.yaml,line=7,col=8,title=a%2Cb%3Ac::100%25 sure%0Anext line',
    );
  });
});

describe('fieldName', () => {
  it('writes list positions in brackets', () => {
    expect(fieldName(['sessions', 1, 'end'])).toBe('sessions[1].end');
    expect(fieldName([2, 'id'])).toBe('[2].id');
  });
});
