import { readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/validation/problem.ts';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { expectedLine, fileCases, outsideFolder } from '../support/file-cases.ts';
import { FIXTURE_TODAY, fixtureWith } from '../support/fixtures.ts';

const outside = outsideFolder();
afterAll(() => outside.remove());
let cleanup = () => {};
afterEach(() => cleanup());

describe('a content file that is not what it claims', () => {
  it.each(Object.entries(fileCases))(
    '%s: is refused with one line naming the file, without reading what it points at',
    (_name, fileCase) => {
      const fixture = fixtureWith();
      cleanup = fixture.cleanup;
      fileCase.prepare(fixture.root, outside.folder);
      const result = validateContent(fixture.root, FIXTURE_TODAY);
      expect(result.errors.map(formatProblem)).toEqual([expectedLine(fileCase, outside.folder)]);
      // Nothing behind a link is loaded, so nothing of it can reach the site.
      const names = result.content.entries.contacts.map((contact) => contact.data.name);
      expect(names).not.toContain('Outside Person');
    },
  );

  it('is named visibly when its own name tries to forge output', () => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    writeFileSync(join(fixture.root, 'content/contacts/a\n::error file=README.md::x.yaml'), '');
    expect(validateContent(fixture.root, FIXTURE_TODAY).errors.map(formatProblem)).toEqual([
      'content/contacts/a\\n::error file=README.md::x.yaml:1:1 has a file name that cannot be a web address (expected lowercase letters, digits and hyphens, such as a-error-file-readme-md-x.yaml)',
    ]);
  });

  it('is refused when a folder it is in is a link, naming that folder', () => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    rmSync(join(fixture.root, 'content/taxonomies'), { recursive: true });
    symlinkSync(outside.folder, join(fixture.root, 'content/taxonomies'));
    const lines = validateContent(fixture.root, FIXTURE_TODAY).errors.map(formatProblem);
    expect(lines).toContain(
      `content/taxonomies/topics.yaml:1:1 is in content/taxonomies/, which is a symbolic link (to ${outside.folder}) and is not read (expected a folder of the project: replace the link with a copy of the folder, inside the project)`,
    );
  });

  it.each([
    [262_144, []],
    [
      262_145,
      [
        "content/contacts/ada-lovelace.yaml:1:1 is 257 KB, more than the 256 KB a content file may hold (expected a shorter entry: split a long guide into several, or move large material to the site's own pages)",
      ],
    ],
  ])('of %i bytes gives these errors: the limit is 256 KB', (bytes, expected) => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    const file = join(fixture.root, 'content/contacts/ada-lovelace.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}#${'x'.repeat(bytes - Buffer.byteLength(text) - 2)}\n`);
    expect(statSync(file).size).toBe(bytes);
    expect(validateContent(fixture.root, FIXTURE_TODAY).errors.map(formatProblem)).toEqual(
      expected,
    );
  });
});
