import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const FIXTURE_TODAY = '2026-11-26';

/** A temporary copy of the valid fixture with the files of `invalid/<name>` laid over it. */
export function fixtureWith(name?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'hub-fixture-'));
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  if (name) cpSync(join(FIXTURES, 'invalid', name), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
