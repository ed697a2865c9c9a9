import { terminalLine, workflowCommand } from './terminal-text.ts';

/** One thing wrong with the content, pinned to the line an editor has to change. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The field as an editor sees it, such as `email` or `sessions[1].end`; empty for the file itself. */
  field: string;
  message: string;
}

/** The line an editor reads; text from the content is shown visibly, never acted on by a terminal. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return terminalLine(
    problem.field
      ? `${where} ${prefix}${problem.field}: ${problem.message}`
      : `${where} ${prefix}${problem.message}`,
  );
}

/** GitHub Actions workflow command, so a pull request shows the problem on the failing line. */
export function formatAnnotation(problem: Problem): string {
  return workflowCommand(
    problem.severity === 'warning' ? 'warning' : 'error',
    {
      file: problem.file,
      line: problem.line,
      col: problem.column,
      title: problem.field || 'content',
    },
    problem.message,
  );
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** The most problems listed for one file: a file that is not an entry at all can hold thousands. */
export const MAX_PROBLEMS_PER_FILE = 20;

/**
 * Sorted problems with at most MAX_PROBLEMS_PER_FILE for each file; the rest of a file's are
 * counted in one last problem, at the first line left out.
 */
export function limitPerFile(sorted: readonly Problem[]): Problem[] {
  const byFile = Map.groupBy(sorted, (problem) => problem.file);
  return [...byFile.values()].flatMap((problems) => {
    if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
    const shown = problems.slice(0, MAX_PROBLEMS_PER_FILE);
    const hidden = problems.slice(MAX_PROBLEMS_PER_FILE);
    const first = hidden[0]!;
    const more: Problem = {
      severity: hidden.some((problem) => problem.severity === 'error') ? 'error' : 'warning',
      file: first.file,
      line: first.line,
      column: first.column,
      field: '',
      message: `and ${hidden.length} more problems in this file, not listed (expected: fix the ones above, then run npm run validate again to see the rest)`,
    };
    return [...shown, more];
  });
}
