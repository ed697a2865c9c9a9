import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The small institution the build-output and browser tests build: its own config and content. */
export const FIXTURE_SITE = join(FIXTURES, 'site');
/** "Today" for every fixture: the validator, the scaffolder and the fixture builds. */
export const FIXTURE_TODAY = '2026-11-26';
/** "Now" of a fixture build: noon UTC of FIXTURE_TODAY, as the clock takes it when only today is pinned. */
export const FIXTURE_NOW_MS = Date.parse('2026-11-26T12:00:00Z');

/**
 * A temporary copy of the valid fixture with the files of `invalid/<name>` laid over it, and this
 * project's src/ linked in, for the components that guides import.
 */
export function fixtureWith(name?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'hub-fixture-'));
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  symlinkSync(join(FIXTURES, '..', '..', 'src'), join(root, 'src'), 'dir');
  if (name) cpSync(join(FIXTURES, 'invalid', name), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Rewrites every file in a copy's content/ and its site.config.yaml. */
export function rewriteContentFiles(root: string, rewrite: (text: string) => string): void {
  const files = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of [...files, join(root, 'site.config.yaml')])
    writeFileSync(file, rewrite(readFileSync(file, 'utf8')));
}

/** A file as some Windows editors save it: a byte order mark first, and CRLF line ends. */
export const savedOnWindows = (text: string) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;
