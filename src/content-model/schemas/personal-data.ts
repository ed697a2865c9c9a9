/**
 * Finds personal contact details in text: email addresses (anywhere but an `email` field) and
 * phone numbers (anywhere at all). Readers reach volunteers through the request form, so text that
 * is published and indexed must hold neither. Detection runs on NFKC-normalised text, so fullwidth
 * ＠ and fullwidth digits read as @ and 0-9; what is quoted back is the text as the editor typed it.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';

/**
 * Numbers written without a country code are read as numbers of this country. site.config.yaml
 * has no country setting, and the directory's institutions are in the US.
 */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

type Normalised = ReturnType<typeof normalised>;

/** Printable ASCII, tabs and newlines: text that NFKC leaves as it is. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** `text` normalised (NFKC) one code point at a time, with a way back to the original text. */
function normalised(text: string) {
  if (PLAIN_ASCII.test(text))
    return {
      text,
      original: (start: number, end: number) => ({
        offset: start,
        found: text.slice(start, end).trim(),
      }),
    };
  let out = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const form = char.normalize('NFKC');
    for (let i = 0; i < form.length; i++) origin.push(offset);
    out += form;
    offset += char.length;
  }
  origin.push(offset);
  return {
    text: out,
    /** The original text behind [start, end) of the normalised text, and where it starts. */
    original: (start: number, end: number) => ({
      offset: origin[start] ?? 0,
      found: text.slice(origin[start], origin[end]).trim(),
    }),
  };
}

const WORD = String.raw`[\p{L}\p{N}_%+-]`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const SPELT_AT = String.raw`\s*[\[({<]\s*at\s*[\])}>]\s*`;
const SPELT_DOT = String.raw`(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)`;
/** name@host.edu, name [at] host [dot] edu, name(at)host.edu: a plain dot only between words. */
const EMAIL = new RegExp(
  String.raw`${WORD}+(?:\.${WORD}+)*(?:\s*@\s*|${SPELT_AT})${LABEL}(?:(?:\.|${SPELT_DOT})${LABEL})+`,
  'giu',
);
/** "name at host dot edu": with "at" as a plain word, only a spelt-out "dot" makes it an address. */
const EMAIL_IN_WORDS = new RegExp(
  String.raw`${WORD}+\s+at\s+${LABEL}(?:${SPELT_DOT}${LABEL})*${SPELT_DOT}\p{L}{2,}`,
  'giu',
);

export interface Finding {
  /** Where the finding starts in the original text. */
  offset: number;
  /** The finding as written in the original text. */
  found: string;
}

/**
 * What every address EMAIL or EMAIL_IN_WORDS matches must hold: an "@", an "at" in brackets, or
 * "at" and "dot" as words. Text without any of them (most bios) skips the two expressions.
 */
const MAY_HOLD_EMAIL = /@|[[({<]\s*at\s*[\])}>]|\sat\s[\s\S]*\bdot\b/iu;

/**
 * What every phone number libphonenumber finds must hold: at least seven digits (the shortest
 * valid number, four digits after a three-digit country code), none parted from the next by a
 * letter or by more than four other characters. Text without such a run (most bios, with their
 * years) skips the finder, which is the slowest check of a build.
 */
const MAY_HOLD_PHONE = /\p{Nd}(?:[^\p{L}\p{Nd}]{0,4}\p{Nd}){6}/u;

/** Every email address in `text`, however it is spelt. */
export function emailAddressesIn(text: string): Finding[] {
  return emailsIn(normalised(text));
}

function emailsIn(norm: Normalised): Finding[] {
  if (!MAY_HOLD_EMAIL.test(norm.text)) return [];
  const matches = [...norm.text.matchAll(EMAIL), ...norm.text.matchAll(EMAIL_IN_WORDS)];
  return matches
    .sort((a, b) => a.index - b.index)
    .filter(
      (match, i, all) =>
        i === 0 || match.index >= (all[i - 1]?.index ?? 0) + (all[i - 1]?.[0].length ?? 0),
    )
    .map((match) => norm.original(match.index, match.index + match[0].length));
}

/** Every phone number in `text`, found by libphonenumber as phone apps find them. */
export function phoneNumbersIn(text: string, country = DEFAULT_PHONE_COUNTRY): Finding[] {
  return phonesIn(normalised(text), country);
}

function phonesIn(norm: Normalised, country: CountryCode): Finding[] {
  if (!MAY_HOLD_PHONE.test(norm.text)) return [];
  return findPhoneNumbersInText(norm.text, { defaultCountry: country }).map((match) =>
    norm.original(match.startsAt, match.endsAt),
  );
}

export const emailMessage = (found: string) =>
  `contains what looks like an email address, "${found}" (expected no email addresses in text: a contact's address belongs in their email field only)`;

export const phoneMessage = (found: string) =>
  `contains what looks like a phone number, "${found}" (expected no phone numbers: readers contact volunteers through the request form)`;

/** Each email address and phone number in `text`, with its message. */
export function personalDataIn(text: string): { offset: number; message: string }[] {
  const norm = normalised(text);
  return [
    ...emailsIn(norm).map(({ offset, found }) => ({ offset, message: emailMessage(found) })),
    ...phonesIn(norm, DEFAULT_PHONE_COUNTRY).map(({ offset, found }) => ({
      offset,
      message: phoneMessage(found),
    })),
  ].sort((a, b) => a.offset - b.offset);
}
