/**
 * The one place where text from content files is made safe to print. Entries are written by
 * editors and volunteers, and their text reaches terminals and CI logs inside problem lines: there
 * it must read as text, never act. A terminal acts on control characters (ANSI colours, cursor
 * moves, a carriage return that overwrites a line); the GitHub Actions runner acts on a line that
 * starts with `::` (after spaces) and on `##[command]` anywhere in a line. Every printer of the
 * validator, the build, the scaffolder and the stale report goes through this module.
 */

/**
 * Characters shown as escapes: C0 and C1 controls (ESC, CR, LF, tab, DEL, CSI U+009B, OSC
 * U+009D), line and paragraph separators, zero-width and direction-changing characters (which make
 * a line read differently from what it holds), and halves of a broken surrogate pair.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB\uD800-\uDFFF]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\u001b` for an escape character: four hex digits, as in JavaScript and JSON. */
const escapeOf = (char: string) =>
  NAMED[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** The legacy runner syntax `##[error]…`, which the runner obeys anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;

/** A line the runner reads as a workflow command: `::` first, after any spaces. */
const COMMAND_START = /^(\s*):/u;

/** `text` with every invisible or controlling character shown as an escape, on one line. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escapeOf).replace(LEGACY_COMMAND, '#\\u0023[');
}

/**
 * `text` as one line of terminal or log output: visible() and, should it start with `::`, its
 * first colon escaped, so no runner takes it for a command.
 */
export function terminalLine(text: string): string {
  const shown = visible(text);
  return /^\s*::/u.test(shown) ? shown.replace(COMMAND_START, '$1\\u003a') : shown;
}

/** A message of several lines (such as an error from a library), each made a terminalLine(). */
export function terminalLines(text: string): string {
  return text.split(/\r?\n/).map(terminalLine).join('\n');
}

/** Data of a workflow command: line breaks and `%` escaped as GitHub documents, the rest visible(). */
const commandData = (value: string) =>
  value
    .split(/(\r|\n)/)
    .map((part) =>
      part === '\r' ? '%0D' : part === '\n' ? '%0A' : visible(part).replace(/%/g, '%25'),
    )
    .join('');

/** A property value of a workflow command: as data, and `:` and `,` escaped too. */
const commandProperty = (value: string) =>
  commandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A GitHub Actions workflow command such as `::error file=a.yaml,line=3::message`. Properties
 * are written in the order given; any text in them or in the message is escaped.
 */
export function workflowCommand(
  command: 'error' | 'warning' | 'notice',
  properties: Record<string, string | number>,
  message: string,
): string {
  const written = Object.entries(properties)
    .map(([name, value]) => `${name}=${commandProperty(String(value))}`)
    .join(',');
  return `::${command}${written ? ` ${written}` : ''}::${commandData(message)}`;
}
