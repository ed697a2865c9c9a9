import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedLine, fileCases, outsideFolder } from '../support/file-cases.ts';
import { buildIn, projectCopy, type ProjectCopy } from '../support/project-copy.ts';
import { treeDigest } from '../support/tree-digest.ts';

const outside = outsideFolder();
const made: ProjectCopy[] = [];
afterAll(() => {
  made.forEach((copy) => copy.remove());
  outside.remove();
});

const KNOWN =
  '(expected one of: name, knownAs, pronouns, title, department, location, email, bio, askMeAbout, helpsWith, notFor, careerPath, languages, formats, capacity, accepting, confirmed)';

/** A site published before: a failed build must leave it exactly as it was. */
function publishedBefore(root: string): void {
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>Published before</title>');
}

describe('npm run build on a content file that is not what it claims', () => {
  it.each(Object.entries(fileCases))(
    '%s: stops with the same line as npm run validate and leaves dist/ untouched',
    (_name, fileCase) => {
      const copy = projectCopy({
        prepare: (root) => {
          fileCase.prepare(root, outside.folder);
          publishedBefore(root);
        },
      });
      made.push(copy);
      const before = treeDigest(copy.dist);
      const result = buildIn(copy);
      expect(result.status).toBe(1);
      expect(result.output).toContain(expectedLine(fileCase, outside.folder));
      expect(result.output).toContain('The site was not published: dist/ was not changed.');
      expect(treeDigest(copy.dist)).toEqual(before);
    },
  );
});

describe('npm run build in GitHub Actions, on text that tries to forge output', () => {
  it.each([
    [
      'unknown-key-workflow-commands',
      [
        `::error file=content/contacts/ada-lovelace.yaml,line=25,col=1,title=notes%0A%3A%3Aerror file=README.md%3A%3Ax::is not a known field ${KNOWN}`,
        `::error file=content/contacts/ada-lovelace.yaml,line=26,col=1,title=more%0A%3A%3Astop-commands%3A%3Atok::is not a known field ${KNOWN}`,
      ],
    ],
    [
      'ansi-escape-in-key',
      [
        '::error file=content/contacts/ada-lovelace.yaml,line=25,col=1,title=\\u001b[1A\\u001b[2K%0D\\u001b[32mContent is valid%3A 6 entries checked%2C 0 warnings.\\u001b[0m::contains an invisible character, U+001B (an escape character), often pasted from Word or a PDF (expected ordinary text: delete the character, or retype the words around it)',
      ],
    ],
  ])(
    '%s: prints only the real annotations as commands, and no escape character',
    (fixture, annotations) => {
      const copy = projectCopy({ fixture });
      made.push(copy);
      // Astro colours its own log prefixes unless told not to; only escapes from content matter.
      const result = buildIn({ ...copy, env: { ...copy.env, NO_COLOR: '1' } });
      expect(result.status).toBe(1);
      expect(result.output.split('\n').filter((line) => /^\s*::/u.test(line))).toEqual(annotations);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(result.output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(result.distExists).toBe(false);
    },
  );
});
