/**
 * Reads a content file, making sure it is what it claims: a regular file inside the project, of a
 * size an entry can have, holding UTF-8 text. Every reader of content (validate, the build's
 * loaders, the scaffolder) goes through here, so a symbolic link to a file outside the project
 * is never read, let alone published, and a link to /dev/zero or a folder named like an entry
 * gives a message instead of a crash.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';

/**
 * The most a content file may hold. The largest real file, the question bank, is about 11 KB;
 * this leaves room for any honest entry while keeping every file, and the validator, small. A
 * constant, not a setting in site.config.yaml, so content cannot raise its own limit.
 */
export const MAX_CONTENT_FILE_BYTES = 256 * 1024;

/** What reading gave: the text, or why there is none, with the line it is on (1 if none applies). */
export type ContentFileRead = { text: string } | { missing: true } | RefusedFile;

export interface RefusedFile {
  refused: string;
  line: number;
  column: number;
}

const SIZE_LIMIT = `${MAX_CONTENT_FILE_BYTES / 1024} KB`;

const refusal = (refused: string, line = 1, column = 1): ContentFileRead => ({
  refused,
  line,
  column,
});

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Why the thing at `path`, lstat-ed and never followed, is not the file or folder expected. */
function notWhatItClaims(path: string, stats: Stats, kind: 'file' | 'folder', what: string) {
  if (stats.isSymbolicLink())
    return `is a symbolic link (to ${readlinkSync(path)}) and is not read (expected ${what}: replace the link with a copy of the ${kind}, inside the project)`;
  if (stats.isDirectory())
    return `is a folder, not a file (expected ${what}: rename the folder, or move its files out of it)`;
  return kind === 'folder'
    ? `is not a folder (expected ${what})`
    : `is not a regular file (expected ${what}, saved as text)`;
}

/** The first of the folders on the way to `relative` (itself included) that is not a plain folder. */
function firstNonFolder(root: string, relative: string) {
  const parts = relative.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const folder = parts.slice(0, depth).join('/');
    const stats = lstatSync(join(root, folder), { throwIfNoEntry: false });
    if (!stats) return undefined;
    if (stats.isDirectory()) continue;
    const problem = notWhatItClaims(join(root, folder), stats, 'folder', 'a folder of the project');
    return { folder, problem };
  }
  return undefined;
}

/**
 * Why `relative` (forward slashes, from the project root), a folder such as content/contacts,
 * or one of the folders it is in, is not a plain folder of the project; undefined if it is one
 * or does not exist.
 */
export function contentFolderProblem(root: string, relative: string): string | undefined {
  const found = firstNonFolder(root, relative);
  if (!found) return undefined;
  return found.folder === relative
    ? found.problem
    : `is in ${found.folder}/, which ${found.problem}`;
}

/** How many bytes the UTF-8 character starting at `offset` takes, or 0 if none starts there. */
function characterLength(bytes: Buffer, offset: number): number {
  const lead = bytes[offset] ?? 0;
  // The lead byte gives the length and the range of the byte after it (RFC 3629, table 3-7).
  const [length, low, high] =
    lead < 0x80
      ? [1, 0, 0]
      : lead >= 0xc2 && lead <= 0xdf
        ? [2, 0x80, 0xbf]
        : lead === 0xe0
          ? [3, 0xa0, 0xbf]
          : lead === 0xed
            ? [3, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [3, 0x80, 0xbf]
              : lead === 0xf0
                ? [4, 0x90, 0xbf]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : lead === 0xf4
                    ? [4, 0x80, 0x8f]
                    : [0, 0, 0];
  if (length <= 1) return length;
  const second = bytes[offset + 1] ?? -1;
  if (second < low || second > high) return 0;
  for (let next = offset + 2; next < offset + length; next++) {
    const byte = bytes[next] ?? -1;
    if (byte < 0x80 || byte > 0xbf) return 0;
  }
  return length;
}

/** Line and column (from 1, in characters) of the first byte of `bytes` that is not UTF-8. */
function firstInvalidByte(bytes: Buffer): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let offset = 0; offset < bytes.length;) {
    const length = characterLength(bytes, offset);
    if (length === 0) break;
    if (bytes[offset] === 0x0a) {
      line++;
      column = 1;
    } else column += length === 4 ? 2 : 1;
    offset += length;
  }
  return { line, column };
}

/** Reads up to `limit` + 1 bytes from an open file, so a file that grows while read stays bounded. */
// One buffer for every read: reads are synchronous, and each is decoded before the next. A fresh
// zeroed buffer of the limit's size for each of 10,000 small files cost a second of a build.
let readBuffer: Buffer | undefined;

/** Up to `limit` + 1 bytes of `fd`, in the shared buffer: use them before the next read. */
function readBounded(fd: number, limit: number): Buffer {
  if (!readBuffer || readBuffer.length < limit + 1) readBuffer = Buffer.allocUnsafe(limit + 1);
  const buffer = readBuffer.subarray(0, limit + 1);
  let length = 0;
  for (;;) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
    if (length === buffer.length) break;
  }
  return buffer.subarray(0, length);
}

/**
 * The text of `relative` (forward slashes, from the project root), refused unless it is a regular
 * file (not a link, folder or device), in folders that are not links, at most
 * MAX_CONTENT_FILE_BYTES, and UTF-8 text. `what` names what the file should be, for messages.
 */
export function readContentFile(root: string, relative: string, what: string): ContentFileRead {
  const folder = relative.split('/').slice(0, -1).join('/');
  const notFolder = folder ? firstNonFolder(root, folder) : undefined;
  if (notFolder) return refusal(`is in ${notFolder.folder}/, which ${notFolder.problem}`);
  const path = join(root, relative);
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return { missing: true };
  if (!stats.isFile()) return refusal(notWhatItClaims(path, stats, 'file', what));
  if (stats.size > MAX_CONTENT_FILE_BYTES) return refusal(tooLarge(stats.size));
  // Should the file be swapped for a link after the check above, opening fails (O_NOFOLLOW); for a
  // pipe, it does not wait for a writer (O_NONBLOCK), and the check after opening refuses it.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  let bytes: Buffer;
  try {
    if (!fstatSync(fd).isFile()) return refusal(notWhatItClaims(path, stats, 'file', what));
    bytes = readBounded(fd, MAX_CONTENT_FILE_BYTES);
  } finally {
    closeSync(fd);
  }
  if (bytes.length > MAX_CONTENT_FILE_BYTES) return refusal(tooLarge(bytes.length));
  if (!isUtf8(bytes)) {
    const { line, column } = firstInvalidByte(bytes);
    return refusal(
      'is not UTF-8 text: it holds bytes that are not characters, as a binary file or text saved in another encoding does (expected a text file: save it as UTF-8, or replace it with the text of the entry)',
      line,
      column,
    );
  }
  const text = bytes.toString('utf8');
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const before = text.slice(0, nul).split('\n');
    return refusal(
      'holds a null character, as binary files do (expected a text file with the fields of the entry)',
      before.length,
      (before.at(-1) ?? '').length + 1,
    );
  }
  return { text };
}

function tooLarge(bytes: number): string {
  return `is ${kilobytes(bytes)}, more than the ${SIZE_LIMIT} a content file may hold (expected a shorter entry: split a long guide into several, or move large material to the site's own pages)`;
}
