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

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return problem.field
    ? `${where} ${prefix}${problem.field}: ${problem.message}`
    : `${where} ${prefix}${problem.message}`;
}

/** GitHub Actions workflow command, so a pull request shows the problem on the failing line. */
export function formatAnnotation(problem: Problem): string {
  const escape = (value: string) =>
    value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = problem.field ? `${problem.field}` : 'content';
  const kind = problem.severity === 'warning' ? 'warning' : 'error';
  return `::${kind} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(title)}::${escape(problem.message)}`;
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
