/**
 * Invisible characters that text pasted from Word or a PDF can carry. HTML, calendar files and
 * YAML readers other than ours refuse them, so no content file may contain them. Tabs and line
 * breaks are ordinary text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const ANY_CONTROL = new RegExp(CONTROL.source, 'u');

const NAMES: Record<number, string> = {
  0x00: 'a null character',
  0x08: 'a backspace',
  0x0b: 'a vertical tab',
  0x0c: 'a form feed',
  0x1b: 'an escape character',
  0x7f: 'a delete character',
  0x85: 'a next-line character',
};

export interface ControlCharacter {
  offset: number;
  char: string;
}

export const hasControlCharacters = (text: string) => ANY_CONTROL.test(text);

/** Every control character in `text`, with its offset. */
export function controlCharacters(text: string): ControlCharacter[] {
  if (!hasControlCharacters(text)) return [];
  return [...text.matchAll(CONTROL)].map((match) => ({ offset: match.index, char: match[0] }));
}

/** The message for a control character, such as "U+000B (a vertical tab)". */
export function controlCharacterMessage(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[code] ?? 'an invisible control character';
  return `contains an invisible character, U+${hex} (${name}), often pasted from Word or a PDF (expected ordinary text: delete the character, or retype the words around it)`;
}
