import type { BodyCheck, InternalLink } from './body-constructs.ts';
import type { Problem } from './problem.ts';

/** The problems of one body, and its links into the site, checked once every entry is read. */
export interface BodyResult {
  problems: Problem[];
  internalLinks: InternalLink[];
}

/** The findings of a body check as problems of `file`. */
export function bodyResult(file: string, { findings, internalLinks }: BodyCheck): BodyResult {
  return {
    problems: findings.map(({ line, column, message, field = '' }) => ({
      severity: 'error',
      file,
      line,
      column,
      field,
      message,
    })),
    internalLinks,
  };
}
