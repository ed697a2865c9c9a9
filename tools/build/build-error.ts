import { terminalLines } from '../../src/content-model/validation/terminal-text.ts';

/**
 * A failed build's error as the lines an editor reads: message, Astro's hint and location. They
 * may quote content, so each line is shown visibly and can never be a workflow command.
 */
export function describeBuildError(error: unknown): string {
  if (!(error instanceof Error)) return terminalLines(String(error));
  const { hint, loc } = error as {
    hint?: unknown;
    loc?: { file?: string; line?: number; column?: number };
  };
  const lines = [error.name === 'Error' ? error.message : `[${error.name}] ${error.message}`];
  if (typeof hint === 'string' && hint) lines.push(`  Hint: ${hint}`);
  if (loc?.file) lines.push(`  Location: ${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}`);
  if (error.cause instanceof Error) lines.push(`  Caused by: ${error.cause.message}`);
  return terminalLines(lines.join('\n'));
}
