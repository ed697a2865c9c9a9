import { formatAnnotation, formatProblem } from './problem.ts';
import type { ValidationResult } from './validate-content.ts';

/** The lines to print for a validation result: problems, then GitHub annotations when running in Actions. */
export function reportLines(result: ValidationResult, { githubActions = false } = {}): string[] {
  const problems = [...result.errors, ...result.warnings];
  const lines = problems.map(formatProblem);
  if (githubActions) lines.push(...problems.map(formatAnnotation));
  return lines;
}

export function summaryLine(result: ValidationResult): string {
  const { errors, warnings, content } = result;
  const entries = Object.values(content.entries).reduce((sum, list) => sum + list.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors.length > 0) {
    return `${plural(errors.length, 'error')} and ${plural(warnings.length, 'warning')}: fix the errors above, then run npm run validate again.`;
  }
  return `Content is valid: ${entries} ${entries === 1 ? 'entry' : 'entries'} checked, ${plural(warnings.length, 'warning')}.`;
}
