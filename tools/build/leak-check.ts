/**
 * The public edition's guarantee: no file of it holds a contact's name, email address, slug or a
 * distinctive run of their bio. Every file is read, compressed ones (Pagefind's index) unpacked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ContactTraces {
  id: string;
  name: string;
  email: string;
  bio: string;
}

export interface Leak {
  /** The file, relative to the edition's folder. */
  file: string;
  contact: string;
  /** What leaked, such as `the name "Jordan Lee"`. */
  what: string;
}

// A run of this many plain words from a bio is the person's own writing, not a common phrase.
const BIO_RUN_WORDS = 6;

/** The runs of plain words in a bio long enough to be that person's alone. */
export function bioRuns(bio: string): string[] {
  return bio
    .split(/[^\p{L}\p{N} ]+/u)
    .map((run) => run.trim().split(/ +/).filter(Boolean))
    .filter((words) => words.length >= BIO_RUN_WORDS)
    .map((words) => words.slice(0, BIO_RUN_WORDS + 2).join(' '));
}

function traces(contact: ContactTraces): { what: string; found: (text: string) => boolean }[] {
  const email = contact.email.toLowerCase();
  // Slugs are lower-case letters, digits and hyphens: nothing to escape.
  const slug = new RegExp(`(?<![\\p{L}\\p{N}-])${contact.id}(?![\\p{L}\\p{N}-])`, 'u');
  return [
    { what: `the name "${contact.name}"`, found: (text) => text.includes(contact.name) },
    {
      what: `the email address ${contact.email}`,
      found: (text) => text.toLowerCase().includes(email),
    },
    { what: `the slug ${contact.id}`, found: (text) => slug.test(text) },
    ...bioRuns(contact.bio).map((run) => ({
      what: `bio text "${run}"`,
      found: (text: string) => text.includes(run),
    })),
  ];
}

// HTML and JSON may escape what a bio or name holds; the check reads the text as a reader would.
function readable(bytes: Buffer): string {
  let raw = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) raw = gunzipSync(bytes);
  return raw
    .toString('utf8')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\s+/g, ' ');
}

/** Every trace of a contact in the files under `dir`, file by file. */
export function findLeaks(dir: string, contacts: readonly ContactTraces[]): Leak[] {
  const checks = contacts.map((contact) => ({ contact: contact.id, traces: traces(contact) }));
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  const leaks: Leak[] = [];
  for (const file of files) {
    const text = readable(readFileSync(join(dir, file)));
    for (const { contact, traces } of checks) {
      for (const { what, found } of traces) if (found(text)) leaks.push({ file, contact, what });
    }
  }
  return leaks;
}

/** The leaks as a message an editor can act on, or undefined when there are none. */
export function describeLeaks(leaks: readonly Leak[]): string | undefined {
  if (leaks.length === 0) return undefined;
  const shown = leaks
    .slice(0, 20)
    .map(({ file, contact, what }) => `  ${file}: ${what} of contact ${contact}`);
  const more = leaks.length > 20 ? [`  … and ${leaks.length - 20} more`] : [];
  return [
    `The public edition holds personal data of contacts (expected none: names, email addresses, slugs and bios belong in the staff edition only):`,
    ...shown,
    ...more,
  ].join('\n');
}
