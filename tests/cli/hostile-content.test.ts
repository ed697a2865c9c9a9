import { cpSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { reportAsMarkdown, reportAsText, type StaleItem } from '../../tools/stale-report.ts';
import { childEnv } from '../support/child-env.ts';
import { expectedLine, fileCases, outsideFolder } from '../support/file-cases.ts';
import { FIXTURE_TODAY, FIXTURES, fixtureWith } from '../support/fixtures.ts';
import { runToEnd } from '../support/run-to-end.ts';

const outside = outsideFolder();
afterAll(() => outside.remove());
let cleanup = () => {};
afterEach(() => cleanup());

const PRINT_MAX_RSS = join(import.meta.dirname, '../support/print-max-rss.ts');

/** npm run validate on the valid fixture with `fixture` laid over it and `prepare` run. */
function validateIn(
  fixture: string | undefined,
  { prepare, githubActions = false }: { prepare?: (root: string) => void; githubActions?: boolean },
) {
  const made = fixtureWith(fixture);
  cleanup = made.cleanup;
  prepare?.(made.root);
  const run = runToEnd(
    process.execPath,
    ['--import', PRINT_MAX_RSS, 'tools/validate.ts', made.root],
    {
      env: childEnv({
        NETWORKING_HUB_TODAY: FIXTURE_TODAY,
        GITHUB_ACTIONS: githubActions ? 'true' : '',
      }),
    },
  );
  const stderr = run.stderr.trimEnd().split('\n');
  const maxRss = Number(/^max RSS: (\d+) KB$/.exec(stderr.pop() ?? '')?.[1]);
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: stderr.join('\n'),
    lines: [...run.stdout.trimEnd().split('\n'), ...stderr],
    maxRssMb: maxRss / 1024,
  };
}

/** The lines the GitHub Actions runner would take for workflow commands: "::" first, after spaces. */
const commandLines = (lines: string[]) => lines.filter((line) => /^\s*::/u.test(line));

const KNOWN =
  '(expected one of: name, knownAs, pronouns, title, department, location, email, bio, askMeAbout, helpsWith, notFor, careerPath, languages, formats, capacity, accepting, confirmed)';

describe('npm run validate in GitHub Actions, on text that tries to forge output', () => {
  it.each([
    [
      'unknown-key-workflow-commands',
      [
        `::error file=content/contacts/ada-lovelace.yaml,line=25,col=1,title=notes%0A%3A%3Aerror file=README.md%3A%3Ax::is not a known field ${KNOWN}`,
        `::error file=content/contacts/ada-lovelace.yaml,line=26,col=1,title=more%0A%3A%3Astop-commands%3A%3Atok::is not a known field ${KNOWN}`,
      ],
    ],
    [
      'legacy-command-in-key',
      [
        `::error file=content/contacts/ada-lovelace.yaml,line=25,col=1,title=#\\u0023[stop-commands]tok::is not a known field ${KNOWN}`,
      ],
    ],
    [
      'ansi-escape-in-key',
      [
        '::error file=content/contacts/ada-lovelace.yaml,line=25,col=1,title=\\u001b[1A\\u001b[2K%0D\\u001b[32mContent is valid%3A 6 entries checked%2C 0 warnings.\\u001b[0m::contains an invisible character, U+001B (an escape character), often pasted from Word or a PDF (expected ordinary text: delete the character, or retype the words around it)',
      ],
    ],
  ])(
    '%s: prints only the real annotations as commands, and no control character',
    (fixture, annotations) => {
      const run = validateIn(fixture, { githubActions: true });
      expect(run.status).toBe(1);
      expect(commandLines(run.lines)).toEqual(annotations);
      // No escape, carriage return or C1 control reaches the terminal, nor a legacy ##[command].
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(`${run.stdout}${run.stderr}`).not.toContain('##[');
      expect(run.lines.at(-1)).toMatch(/^\d+ errors? and 0 warnings: fix the errors above/);
      expect(run.lines.filter((line) => line.startsWith('Content is valid'))).toEqual([]);
    },
  );
});

describe('npm run validate on a content file that is not what it claims', () => {
  it.each(Object.entries(fileCases))(
    '%s: exits 1 with the file, its line and what to do, and no stack trace',
    (_name, fileCase) => {
      const run = validateIn(undefined, {
        prepare: (root) => fileCase.prepare(root, outside.folder),
      });
      expect(run.status).toBe(1);
      expect(run.lines).toEqual([
        expectedLine(fileCase, outside.folder),
        '1 error and 0 warnings: fix the errors above, then run npm run validate again.',
      ]);
    },
  );

  it(
    'stays within 400 MB of memory with all of them at once, alias bombs and deep nesting',
    () => {
      const run = validateIn(undefined, {
        prepare: (root) => {
          for (const fileCase of Object.values(fileCases)) fileCase.prepare(root, outside.folder);
          const contacts = join(root, 'content/contacts');
          // Each just under the size limit: what the parser would take most memory for.
          writeFileSync(
            join(contacts, 'deep.yaml'),
            `a: ${'['.repeat(120_000)}${']'.repeat(120_000)}\n`,
          );
          writeFileSync(join(contacts, 'aliases.yaml'), `x: &x 1\ny: [${'*x, '.repeat(60_000)}]\n`);
          cpSync(
            join(FIXTURES, 'invalid/yaml-alias-bomb/content/contacts/ada-lovelace.yaml'),
            join(contacts, 'bomb.yaml'),
          );
        },
      });
      expect(run.status).toBe(1);
      // Every file is named, each with its own message, and validate finished with its summary.
      expect([...new Set(run.lines.slice(0, -1).map((line) => line.split(':')[0]))]).toEqual([
        'content/contacts/ada-lovelace.yaml',
        'content/contacts/ada-twin.yaml',
        'content/contacts/aliases.yaml',
        'content/contacts/bomb.yaml',
        'content/contacts/deep.yaml',
        'content/contacts/outside-person.yaml',
        'content/contacts/pipe.yaml',
        'content/contacts/zero.yaml',
        'content/groups',
      ]);
      expect(run.lines.at(-1)).toBe(
        '11 errors and 0 warnings: fix the errors above, then run npm run validate again.',
      );
      console.log(`npm run validate on hostile files: ${Math.round(run.maxRssMb)} MB at most`);
      expect(run.maxRssMb).toBeGreaterThan(10);
      expect(run.maxRssMb).toBeLessThan(400);
    },
    // A validator that reads /dev/zero runs until it is out of memory: fail, do not hang.
    120_000,
  );
});

describe('npm run new, given answers that try to forge output', () => {
  it('refuses them with lines no terminal or runner acts on', () => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    const run = runToEnd(
      process.execPath,
      [
        join(process.cwd(), 'tools/new.ts'),
        'contact',
        ...['--name', 'Jordan Lee', '--title', 'Budget Analyst', '--email', 'jlee@fixture.edu'],
        ...['--department', 'vpf\n::stop-commands::tok', '--topics', 'budgeting'],
        ...['--goals', 'skills'],
      ],
      {
        cwd: fixture.root,
        input: '',
        env: childEnv({ NETWORKING_HUB_TODAY: FIXTURE_TODAY, GITHUB_ACTIONS: 'true' }),
      },
    );
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`.trimEnd().split('\n')).toEqual([
      'Nothing was written:',
      'department: "vpf\\n::stop-commands::tok" is not a known department (expected a department id from content/taxonomies/departments.yaml)',
    ]);
  });
});

describe("npm run new, where a link has the new entry's name", () => {
  it('refuses to write through it, even when it points nowhere', () => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    const target = join(outside.folder, 'written-through.yaml');
    symlinkSync(target, join(fixture.root, 'content/contacts/jordan-lee.yaml'));
    const run = runToEnd(
      process.execPath,
      [
        join(process.cwd(), 'tools/new.ts'),
        'contact',
        ...['--name', 'Jordan Lee', '--title', 'Budget Analyst', '--email', 'jlee@fixture.edu'],
        ...['--department', 'vpf', '--topics', 'budgeting', '--goals', 'skills'],
      ],
      {
        cwd: fixture.root,
        input: '',
        env: childEnv({ NETWORKING_HUB_TODAY: FIXTURE_TODAY }),
      },
    );
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`.trimEnd().split('\n')).toEqual([
      'Nothing was written:',
      'content/contacts/jordan-lee.yaml already exists: is this person already listed? (expected a new person, or edit that file instead)',
    ]);
    expect(existsSync(target)).toBe(false);
  });
});

describe('the stale report, on names that try to forge output', () => {
  const items: StaleItem[] = [
    {
      kind: 'expired',
      where: 'content/contacts/x.yaml:24',
      what: 'Ada\n::error file=README.md::x \u001b[32mall clear\u001b[0m | done',
      action: 'Ask them to confirm.',
    },
  ];

  it('prints names visibly, on their own line, as text', () => {
    expect(reportAsText(items, '2026-11-26').split('\n')).toEqual([
      'Stale report for 2026-11-26',
      '',
      'Confirmation expired (1)',
      '  content/contacts/x.yaml:24  Ada\\n::error file=README.md::x \\u001b[32mall clear\\u001b[0m | done',
      '    Ask them to confirm.',
      '',
    ]);
  });

  it('keeps each name in its table cell in Markdown', () => {
    expect(reportAsMarkdown(items, '2026-11-26').split('\n').slice(6, 7)).toEqual([
      '| `content/contacts/x.yaml:24` | Ada\\n::error file=README.md::x \\u001b[32mall clear\\u001b[0m \\| done | Ask them to confirm. |',
    ]);
  });
});
