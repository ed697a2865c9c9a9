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

describe('text from an entry', () => {
  const hostile: Problem = {
    ...problem,
    field: 'notes\n::error file=README.md::x',
    message: 'is not a known field \u001b[32mContent is valid\u001b[0m',
  };

  it('is shown visibly on one problem line', () => {
    expect(formatProblem(hostile)).toBe(
      'content/contacts/jane-doe.yaml:7:8 notes\\n::error file=README.md::x: is not a known field \\u001b[32mContent is valid\\u001b[0m',
    );
  });

  it('cannot end the annotation or start another command', () => {
    expect(formatAnnotation(hostile)).toBe(
      '::error file=content/contacts/jane-doe.yaml,line=7,col=8,title=notes%0A%3A%3Aerror file=README.md%3A%3Ax::is not a known field \\u001b[32mContent is valid\\u001b[0m',
    );
  });
});

describe('fieldName', () => {
  it('writes list positions in brackets', () => {
    expect(fieldName(['sessions', 1, 'end'])).toBe('sessions[1].end');
    expect(fieldName([2, 'id'])).toBe('[2].id');
  });
});
