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

/**
 * Characters that are invisible but change how text reads: zero-width characters and bidi
 * controls. In a name they make a second "Wei Lin" that looks like the first, or turn text
 * backwards. Short fields (names, titles, labels) refuse them; long prose may need a joiner.
 */
const INVISIBLE_FORMATTING = /[\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;

const FORMATTING_NAMES: Record<number, string> = {
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2060: 'a word joiner',
  0xfeff: 'a zero-width no-break space',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first-strong isolate',
  0x2069: 'a pop directional isolate',
};

/** The first zero-width or direction-changing character in `text`, if any. */
export const invisibleFormatting = (text: string): string | undefined =>
  INVISIBLE_FORMATTING.exec(text)?.[0];

/** The message for such a character, such as "U+202E (a right-to-left override)". */
export function invisibleFormattingMessage(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `contains an invisible character, U+${hex} (${FORMATTING_NAMES[code] ?? 'an invisible formatting character'}), which can make text look like other text or read backwards (expected ordinary text: delete the character, or retype the words around it)`;
}
