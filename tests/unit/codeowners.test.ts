import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const TEAM = '@example-edu/networking-hub-developers';

/** The rules of .github/CODEOWNERS: a pattern and its owners, in file order. */
const rules = readFileSync('.github/CODEOWNERS', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [pattern = '', ...owners] = line.split(/\s+/);
    return { pattern, owners };
  });

/** Whether an anchored pattern, "/folder/" or "/file", covers `path`, as GitHub reads it. */
function covers(pattern: string, path: string): boolean {
  const anchored = pattern.replace(/^\//, '');
  return anchored.endsWith('/')
    ? path.startsWith(anchored)
    : path === anchored || path.startsWith(`${anchored}/`);
}

/** The owners GitHub asks to review a change to `path`: those of the last rule that covers it. */
const ownersOf = (path: string) =>
  rules.findLast((rule) => covers(rule.pattern, path))?.owners ?? [];

describe('.github/CODEOWNERS', () => {
  it('writes every pattern from the repository root, so that GitHub reads it as this test does', () => {
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.filter((rule) => !rule.pattern.startsWith('/'))).toEqual([]);
  });

  it.each([
    'src/content-model/validation/body-constructs.ts',
    'src/components/content/QuestionBank.astro',
    'src/integrations/mdx-body-guard.ts',
    'tools/validate.ts',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    '.github/workflows/deploy.yml',
    '.github/workflows/pull-request.yml',
    '.github/CODEOWNERS',
    'deploy/apache/networking-hub.conf',
  ])('asks the developers to review %s', (path) => {
    expect(existsSync(path), `${path} exists`).toBe(true);
    expect(ownersOf(path)).toEqual([TEAM]);
  });

  it.each(['content/guides/a-guide.mdx', 'content/contacts/a-contact.yaml', 'site.config.yaml'])(
    'leaves %s to editors',
    (path) => expect(ownersOf(path)).toEqual([]),
  );

  it('names the placeholder team that CONTRIBUTING.md tells institutions to replace', () => {
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toContain(
      '`.github/CODEOWNERS` names who must review changes to these files. It names `@example-edu/networking-hub-developers`, a placeholder',
    );
  });
});
