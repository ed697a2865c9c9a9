/**
 * Content files that are not what they claim, which git cannot hold as fixtures (links) or should
 * not (a file of 300 KB, bytes that are not text): each is made in a temporary copy of the valid
 * fixture by `prepare`, with the one line npm run validate and the build must both give.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './fixtures.ts';

const VALID_CONTACT = readFileSync(join(FIXTURES, 'valid/content/contacts/ada-lovelace.yaml'));

/** A valid contact file outside every project copy, for links that point out of the project. */
export function outsideFolder(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'hub-outside-'));
  writeFileSync(
    join(folder, 'outside-person.yaml'),
    VALID_CONTACT.toString('utf8')
      .replace('Ada Lovelace', 'Outside Person')
      .replace('alovelace@', 'outside.person@'),
  );
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface FileCase {
  /** Changes a copy of the valid fixture; `outside` is a folder outside it (see outsideFolder). */
  prepare(root: string, outside: string): void;
  line: string;
}

const LINK =
  'and is not read (expected a file with the fields of the entry: replace the link with a copy of the file, inside the project)';

export const fileCases: Record<string, FileCase> = {
  'link-to-dev-zero': {
    prepare: (root) => symlinkSync('/dev/zero', join(root, 'content/contacts/zero.yaml')),
    line: `content/contacts/zero.yaml:1:1 is a symbolic link (to /dev/zero) ${LINK}`,
  },
  'link-to-a-file-outside': {
    prepare: (root, outside) =>
      symlinkSync(
        join(outside, 'outside-person.yaml'),
        join(root, 'content/contacts/outside-person.yaml'),
      ),
    line: `content/contacts/outside-person.yaml:1:1 is a symbolic link (to {outside}/outside-person.yaml) ${LINK}`,
  },
  'link-to-a-file-inside': {
    prepare: (root) =>
      symlinkSync('ada-lovelace.yaml', join(root, 'content/contacts/ada-twin.yaml')),
    line: `content/contacts/ada-twin.yaml:1:1 is a symbolic link (to ada-lovelace.yaml) ${LINK}`,
  },
  'folder-linked-outside': {
    prepare: (root, outside) => {
      rmSync(join(root, 'content/groups'), { recursive: true });
      symlinkSync(outside, join(root, 'content/groups'));
    },
    line: 'content/groups:1:1 is a symbolic link (to {outside}) and is not read (expected a folder of the project: replace the link with a copy of the folder, inside the project)',
  },
  'oversized-file': {
    prepare: (root) =>
      writeFileSync(
        join(root, 'content/contacts/ada-lovelace.yaml'),
        `${VALID_CONTACT.toString('utf8')}${'# A comment line to make the file far too long.\n'.repeat(6400)}`,
      ),
    line: "content/contacts/ada-lovelace.yaml:1:1 is 301 KB, more than the 256 KB a content file may hold (expected a shorter entry: split a long guide into several, or move large material to the site's own pages)",
  },
  'binary-garbage': {
    // The start of a PNG image, saved with an entry's name.
    prepare: (root) =>
      writeFileSync(
        join(root, 'content/contacts/ada-lovelace.yaml'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      ),
    line: 'content/contacts/ada-lovelace.yaml:1:1 is not UTF-8 text: it holds bytes that are not characters, as a binary file or text saved in another encoding does (expected a text file: save it as UTF-8, or replace it with the text of the entry)',
  },
  'saved-as-latin-1': {
    // "Zoë" saved by an editor set to Latin-1: ë is the single byte 0xEB.
    prepare: (root) =>
      writeFileSync(
        join(root, 'content/contacts/ada-lovelace.yaml'),
        Buffer.from(
          VALID_CONTACT.toString('utf8').replace('She likes', 'She and Zoë like'),
          'latin1',
        ),
      ),
    line: 'content/contacts/ada-lovelace.yaml:7:69 is not UTF-8 text: it holds bytes that are not characters, as a binary file or text saved in another encoding does (expected a text file: save it as UTF-8, or replace it with the text of the entry)',
  },
  'null-bytes': {
    prepare: (root) =>
      writeFileSync(
        join(root, 'content/contacts/ada-lovelace.yaml'),
        VALID_CONTACT.toString('utf8').replace('title: Budget', 'title: \u0000\u0000Budget'),
      ),
    line: 'content/contacts/ada-lovelace.yaml:3:8 holds a null character, as binary files do (expected a text file with the fields of the entry)',
  },
  'pipe-named-like-entry': {
    prepare: (root) => {
      // A named pipe: a plain read of it would wait for a writer for ever.
      const made = spawnSync('mkfifo', [join(root, 'content/contacts/pipe.yaml')], {
        encoding: 'utf8',
      });
      if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
    },
    line: 'content/contacts/pipe.yaml:1:1 is not a regular file (expected a file with the fields of the entry, saved as text)',
  },
};

/** The expected line, with the outside folder of this run in place of {outside}. */
export const expectedLine = (fileCase: FileCase, outside: string) =>
  fileCase.line.replaceAll('{outside}', outside);
