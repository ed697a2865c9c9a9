/**
 * The public edition's guarantee: no file of it holds a contact's name, email address, slug or a
 * distinctive run of their bio. Every file is read, compressed ones (Pagefind's index) unpacked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { wordsOf } from '../../src/shared/fuzzy-correction.ts';
import type { WordShard } from '../../src/shared/directory-index.ts';
import type { SearchVocabulary } from '../../src/shared/search-vocabulary.ts';
import {
  DIRECTORY_INDEX_FOLDER,
  directoryIndexFiles,
  SEARCH_VOCABULARY_FILE,
} from '../../src/shared/urls.ts';

export interface ContactTraces {
  id: string;
  name: string;
  email: string;
  bio: string;
  /** The name to greet them by, when they gave one. */
  knownAs?: string;
  /** What they would rather not be asked about, when they said. */
  notFor?: string;
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

interface Trace {
  contact: string;
  what: string;
  needle: string;
  /** Emails are compared without regard to case. */
  caseless: boolean;
  /** A slug must not be part of a longer one. */
  whole: boolean;
}

/** "Bea" of "Beatriz Almeida": "Bea Almeida". */
const knownAsName = (knownAs: string, name: string) =>
  `${knownAs} ${name.trim().split(/\s+/).slice(1).join(' ')}`.trim();

function tracesOf(contact: ContactTraces): Trace[] {
  const trace = (what: string, needle: string, caseless = false, whole = false): Trace => ({
    contact: contact.id,
    what,
    needle: caseless ? needle.toLowerCase() : needle,
    caseless,
    whole,
  });
  return [
    trace(`the name "${contact.name}"`, contact.name),
    trace(`the email address ${contact.email}`, contact.email, true),
    trace(`the slug ${contact.id}`, contact.id, false, true),
    ...bioRuns(contact.bio).map((run) => trace(`bio text "${run}"`, run)),
    // A first name alone names no one; with the family name it does, as the full name would.
    ...(contact.knownAs ? [knownAsName(contact.knownAs, contact.name)] : []).map((name) =>
      trace(`the name "${name}"`, name, false, true),
    ),
    ...bioRuns(contact.notFor ?? '').map((run) =>
      trace(`"please don't ask me about" text "${run}"`, run),
    ),
  ];
}

const WORD = /[\p{L}\p{N}]+/gu;
const SLUG_CHARACTER = /[\p{L}\p{N}-]/u;
const firstWord = (text: string) => (text.match(/[\p{L}\p{N}]+/u)?.[0] ?? '').toLowerCase();

/**
 * The traces by the first word of each, lower-cased: a file is read word by word and only the
 * traces starting with that word are compared, so thousands of contacts are checked in one pass.
 */
function tracesByFirstWord(traces: readonly Trace[]): Map<string, Trace[]> {
  const byWord = new Map<string, Trace[]>();
  for (const trace of traces) {
    const word = firstWord(trace.needle);
    const list = byWord.get(word);
    if (list) list.push(trace);
    else byWord.set(word, [trace]);
  }
  return byWord;
}

function foundAt(text: string, index: number, trace: Trace): boolean {
  const { needle } = trace;
  // A trace that starts with punctuation, such as "(Sam) Lee", starts before the word.
  const start = index - needle.search(/[\p{L}\p{N}]/u);
  if (start < 0) return false;
  const piece = text.slice(start, start + needle.length);
  if ((trace.caseless ? piece.toLowerCase() : piece) !== needle) return false;
  if (!trace.whole) return true;
  const before = text[start - 1] ?? ' ';
  const after = text[start + needle.length] ?? ' ';
  return !SLUG_CHARACTER.test(before) && !SLUG_CHARACTER.test(after);
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

/** Any word of a contact's name among `words` (those of `file`) is a leak. */
function nameWordLeaks(
  file: string,
  words: ReadonlySet<string>,
  contacts: readonly ContactTraces[],
) {
  return contacts.flatMap((contact) =>
    wordsOf(contact.name)
      .filter((word) => words.has(word))
      .map((word) => ({
        file,
        contact: contact.id,
        what: `the word "${word}" of the name "${contact.name}"`,
      })),
  );
}

/**
 * The search vocabulary holds names word by word, where the whole-name check cannot see them:
 * any word of a contact's name among its words of people is a leak.
 */
function vocabularyLeaks(dir: string, contacts: readonly ContactTraces[]): Leak[] {
  const path = join(dir, SEARCH_VOCABULARY_FILE);
  if (!existsSync(path)) return [];
  const people = new Set(
    (JSON.parse(readFileSync(path, 'utf8')) as Partial<SearchVocabulary>).people ?? [],
  );
  return nameWordLeaks(SEARCH_VOCABULARY_FILE, people, contacts);
}

/**
 * The directory's search index files words one by one too (src/shared/directory-index.ts), in
 * its word shards: any word of a contact's name there is a leak. Its cards hold whole names,
 * which the whole-name check finds.
 */
function directoryIndexLeaks(dir: string, contacts: readonly ContactTraces[]): Leak[] {
  const folder = join(dir, ...DIRECTORY_INDEX_FOLDER.split('/'), directoryIndexFiles.words(''));
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const shard = JSON.parse(readFileSync(join(folder, name), 'utf8')) as WordShard;
      const file = join(DIRECTORY_INDEX_FOLDER, directoryIndexFiles.words(''), name);
      return nameWordLeaks(file, new Set(Object.keys(shard)), contacts);
    });
}

/** Every trace of a contact in the files under `dir`, file by file. */
export function findLeaks(dir: string, contacts: readonly ContactTraces[]): Leak[] {
  const traces = contacts.flatMap(tracesOf);
  const byWord = tracesByFirstWord(traces);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  const leaks: Leak[] = [];
  for (const file of files) {
    const text = readable(readFileSync(join(dir, file)));
    const found = new Set<Trace>();
    for (const word of text.matchAll(WORD)) {
      for (const trace of byWord.get(word[0].toLowerCase()) ?? []) {
        if (!found.has(trace) && foundAt(text, word.index, trace)) found.add(trace);
      }
    }
    for (const trace of traces) {
      if (found.has(trace)) leaks.push({ file, contact: trace.contact, what: trace.what });
    }
  }
  return [...leaks, ...vocabularyLeaks(dir, contacts), ...directoryIndexLeaks(dir, contacts)];
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

/**
 * The web editor (admin/) commits to the repository and belongs behind the staff sign-in: a public
 * edition that holds it is not published.
 */
export function describeEditorIn(dir: string): string | undefined {
  if (!existsSync(join(dir, 'admin'))) return undefined;
  return 'The public edition holds the web editor in admin/ (expected it in the staff edition only, behind sign-in).';
}
