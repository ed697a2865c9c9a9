import { formatAnnotation, formatProblem } from './problem.ts';
import { terminalLine } from './terminal-text.ts';
import type { ValidationResult } from './validate-content.ts';

/** Where a build's report on its content goes: Astro's logger, or the console before Astro loads. */
export interface ReportTo {
  error(line: string): void;
  warn(line: string): void;
  info(line: string): void;
}

/**
 * Writes what a build says of its content: warnings, contacts left out, errors (and, in GitHub
 * Actions, every problem as an annotation). Returns why the build must stop, or undefined.
 */
export function reportContent(
  result: ValidationResult,
  to: ReportTo,
  annotate = process.env['GITHUB_ACTIONS'] === 'true',
): string | undefined {
  for (const warning of result.warnings) to.warn(formatProblem(warning));
  for (const stale of result.staleContacts) {
    to.info(
      terminalLine(
        `Left out of the site: ${stale.name} (${stale.file}), last confirmed ${stale.confirmed}; the confirmation expired on ${stale.expired}.`,
      ),
    );
  }
  if (result.errors.length === 0) return undefined;
  for (const error of result.errors) to.error(formatProblem(error));
  if (annotate)
    for (const problem of [...result.errors, ...result.warnings])
      console.log(formatAnnotation(problem));
  const count = result.errors.length;
  return `${count} content ${count === 1 ? 'error' : 'errors'}: fix ${count === 1 ? 'it' : 'them'} and build again (run npm run validate to check without building).`;
}
