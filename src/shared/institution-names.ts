/**
 * The institution's names, as site.config.yaml gives them, and the placeholders editors write for
 * them in content: %institution% for the full name, %institution-short% for the name as running
 * text uses it ("the University"). Pure, so the build, the validator and tests share one reading.
 */

export interface InstitutionNames {
  /** The full name, such as "Example Institute of Technology". */
  name: string;
  /** The name as used in running text, article included, such as "the Institute". */
  shortName: string;
}

/** Each placeholder and the name it stands for. */
export const PLACEHOLDERS = {
  '%institution%': 'name',
  '%institution-short%': 'shortName',
} as const satisfies Record<string, keyof InstitutionNames>;

/** The placeholders, as a message lists them. */
export const KNOWN_PLACEHOLDERS = Object.keys(PLACEHOLDERS).join(' and ');

/**
 * Anything written like a placeholder: a word of lowercase letters and hyphens between two "%".
 * Digits are left out so that a percent-encoded address ("%C3%A9") or "50% to 60%" never matches.
 */
const PLACEHOLDER_LIKE = /%[a-z](?:[a-z-]*[a-z])?%/gi;

/** Where text reads as the start of a sentence: after ".", "?" or "!" and a space. */
const SENTENCE_END = /[.!?]['"’”)]*\s+$/;

export interface WrittenPlaceholder {
  /** Where the placeholder starts in the text. */
  offset: number;
  placeholder: string;
  known: boolean;
}

/** Every placeholder written in `text`, known or not. */
export function placeholdersIn(text: string): WrittenPlaceholder[] {
  if (!text.includes('%')) return [];
  return [...text.matchAll(PLACEHOLDER_LIKE)].map((match) => ({
    offset: match.index,
    placeholder: match[0],
    known: Object.hasOwn(PLACEHOLDERS, match[0]),
  }));
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * `text` with each known placeholder replaced by its name. A placeholder that starts the text
 * (when `startsBlock`: a field value, heading, paragraph or list item) or a sentence is
 * capitalised: "the University" becomes "The University". Unknown ones are left as written; the
 * validator has refused them.
 */
export function fillNames(
  text: string,
  names: InstitutionNames,
  { startsBlock = true }: { startsBlock?: boolean } = {},
): string {
  if (!text.includes('%')) return text;
  return text.replace(PLACEHOLDER_LIKE, (placeholder, offset: number) => {
    if (!Object.hasOwn(PLACEHOLDERS, placeholder)) return placeholder;
    const name = names[PLACEHOLDERS[placeholder as keyof typeof PLACEHOLDERS]];
    const before = text.slice(0, offset);
    const atStart = (startsBlock && before.trim() === '') || SENTENCE_END.test(before);
    return atStart ? capitalised(name) : name;
  });
}
