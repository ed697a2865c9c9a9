import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportAsMarkdown, reportAsText, staleReport } from '../../tools/stale-report.ts';
import { localToInstant } from '../../src/shared/time.ts';
import { loadContent } from '../../src/content-model/validation/load-content.ts';
import { formatProblem } from '../../src/content-model/validation/problem.ts';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { childEnv } from '../support/child-env.ts';
import { FIXTURE_TODAY, fixtureWith } from '../support/fixtures.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function inFixture() {
  const fixture = fixtureWith();
  cleanup = fixture.cleanup;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(process.cwd(), 'tools/new.ts'), ...args], {
      cwd: fixture.root,
      encoding: 'utf8',
      input: '',
      env: childEnv({ NETWORKING_HUB_TODAY: FIXTURE_TODAY }),
    });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  };
  return { root: fixture.root, run };
}

const JORDAN = [
  'contact',
  '--name',
  'Jordan Lee',
  '--title',
  'Budget Analyst',
  '--department',
  'vpf',
  '--email',
  'jlee@fixture.edu',
  '--topics',
  'budgeting,data-analysis',
  '--goals',
  'skills',
];

describe('npm run new, with flags', () => {
  it('creates a valid, commented contact named from the person, confirmed today', () => {
    const { root, run } = inFixture();
    const result = run(...JORDAN);
    expect(result).toMatchObject({ status: 0 });
    expect(result.out).toContain('Wrote content/contacts/jordan-lee.yaml');
    expect(result.out).toContain(
      'Filled in for you, to check with the person before publishing: location, bio, formats, capacity.',
    );
    const text = readFileSync(join(root, 'content/contacts/jordan-lee.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/contact.schema.json',
    );
    expect(text).toMatch(/^# .+\nname: Jordan Lee$/m);
    expect(text).toContain(`confirmed: ${FIXTURE_TODAY}`);
    const validation = validateContent(root, FIXTURE_TODAY);
    expect(validation.errors.map(formatProblem)).toEqual([]);
    expect(validation.content.entries.contacts.map((contact) => contact.id)).toContain(
      'jordan-lee',
    );
  });

  it('refuses a duplicate slug or email, and a misspelt id, with a clear message and exit 1', () => {
    const { root, run } = inFixture();
    expect(run(...JORDAN).status).toBe(0);
    const again = run(...JORDAN);
    expect(again.status).toBe(1);
    expect(again.out).toContain('content/contacts/jordan-lee.yaml already exists');
    const sameEmail = run(...JORDAN.map((arg) => (arg === 'Jordan Lee' ? 'Jordan Leigh' : arg)));
    expect(sameEmail.status).toBe(1);
    expect(sameEmail.out).toContain(
      'email: "jlee@fixture.edu" is already listed by content/contacts/jordan-lee.yaml, confirmed 2026-11-26 (expected one listing per person: capitals and a +tag do not make another address)',
    );
    const misspelt = run(
      ...JORDAN.map((arg) =>
        arg === 'Jordan Lee'
          ? 'Jo Lee'
          : arg === 'jlee@fixture.edu'
            ? 'jo@fixture.edu'
            : arg === 'vpf'
              ? 'vpff'
              : arg,
      ),
    );
    expect(misspelt.status).toBe(1);
    expect(misspelt.out).toContain(
      'department: "vpff" is not a known department; did you mean "vpf"? (expected a department id from content/taxonomies/departments.yaml)',
    );
    expect(() => readFileSync(join(root, 'content/contacts/jo-lee.yaml'))).toThrow();
  });

  it('says which flag is missing when there is no terminal to ask in', () => {
    const { run } = inFixture();
    const result = run('contact', '--name', 'Jordan Lee');
    expect(result.status).toBe(1);
    expect(result.out).toContain('--title is missing');
  });

  it('adds a session to a workshop, keeping the file valid', () => {
    const { root, run } = inFixture();
    const result = run(
      'session',
      '--workshop',
      'intro-workshop',
      '--start',
      '2027-05-04T13:00',
      '--end',
      '2027-05-04T16:00',
      '--location',
      'Room 9',
    );
    expect(result.status).toBe(0);
    expect(readFileSync(join(root, 'content/workshops/intro-workshop.md'), 'utf8')).toContain(
      '  - start: "2027-05-04T13:00"\n    end: "2027-05-04T16:00"',
    );
    expect(validateContent(root, FIXTURE_TODAY).errors).toEqual([]);
    const backwards = run(
      'session',
      '--workshop',
      'intro-workshop',
      '--start',
      '2027-06-04T13:00',
      '--end',
      '2027-06-04T12:00',
      '--location',
      'Room 9',
    );
    expect(backwards.status).toBe(1);
    expect(backwards.out).toContain('is not after the start');
  });

  it('refuses a group whose join link leads to a host site.config.yaml does not allow', () => {
    const { root, run } = inFixture();
    const result = run(
      'group',
      '--name',
      'Data Circle',
      '--summary',
      'People who work with data meet to swap tips.',
      '--audience',
      'Anyone',
      '--cadence',
      'Monthly',
      '--join-url',
      'https://groups.fixture.edu.evil.test/data',
    );
    expect(result.status).toBe(1);
    expect(result.out).toContain(
      'join.url: "https://groups.fixture.edu.evil.test/data" leads to groups.fixture.edu.evil.test, which is not an allowed host for links (expected an https link to groups.fixture.edu or sapweb.fixture.edu; to link to another site, add its host to links.hosts in site.config.yaml)',
    );
    expect(existsSync(join(root, 'content/groups/data-circle.yaml'))).toBe(false);
  });

  it('creates a group and a workshop that validate', () => {
    const { root, run } = inFixture();
    expect(
      run(
        'group',
        '--name',
        'Data Circle',
        '--summary',
        'People who work with data meet to swap tips.',
        '--audience',
        'Anyone',
        '--cadence',
        'Monthly',
        '--join-url',
        'https://groups.fixture.edu/data',
        '--topics',
        'data-analysis',
      ).status,
    ).toBe(0);
    expect(
      run(
        'workshop',
        '--kind',
        'workshop',
        '--title',
        'Mentoring Basics',
        '--summary',
        'Learn how mentoring works.',
        '--audience',
        'All staff',
        '--objectives',
        'Find a mentor|Set goals',
        '--format',
        'In person',
        '--facilitator',
        'HR',
        '--duration',
        '2 hours',
        '--timezone',
        'America/New_York',
        '--registration-url',
        'https://sapweb.fixture.edu/training/mentoring',
      ).status,
    ).toBe(0);
    const validation = validateContent(root, FIXTURE_TODAY);
    expect(validation.errors.map(formatProblem)).toEqual([]);
    expect(validation.content.entries.groups.map((group) => group.id)).toContain('data-circle');
    expect(validation.content.entries.workshops.map((workshop) => workshop.id)).toContain(
      'mentoring-basics',
    );
  });
});

describe('the stale report', () => {
  const fixture = fixtureWith();
  const content = loadContent(fixture.root);
  fixture.cleanup();
  const at = (day: string) =>
    staleReport(content, content.config!, day, localToInstant(`${day}T00:00`, 'UTC').epochMs);

  it('lists contacts whose confirmation expires within 30 days, with the file and line to edit', () => {
    // Grace Hopper confirmed 2026-05-10, so her listing expires on 2027-05-10.
    const items = at('2027-04-15');
    expect(items).toContainEqual({
      kind: 'expiring',
      where: 'content/contacts/grace-hopper.yaml:15',
      what: 'Grace Hopper: confirmation expires on 2027-05-10 (last confirmed 2026-05-10)',
      action: 'Ask them to confirm before 2027-05-10, then set confirmed to that date.',
    });
    expect(items.some((item) => item.where.startsWith('content/contacts/ada-lovelace.yaml'))).toBe(
      false,
    );
  });

  it('lists expired contacts and ended sessions', () => {
    const items = at('2027-06-02');
    expect(items.filter((item) => item.kind === 'expired').map((item) => item.where)).toEqual([
      'content/contacts/grace-hopper.yaml:15',
      'content/contacts/ada-lovelace.yaml:24',
    ]);
    expect(items.filter((item) => item.kind === 'ended').map((item) => item.where)).toEqual([
      'content/workshops/intro-workshop.md:17',
      'content/workshops/intro-workshop.md:20',
    ]);
  });

  it('says there is nothing to do when nothing is due', () => {
    const items = at('2026-03-01');
    expect(items).toEqual([]);
    expect(reportAsText(items, '2026-03-01')).toContain('Nothing to do on 2026-03-01');
  });

  it('prints a Markdown table for a job summary', () => {
    const markdown = reportAsMarkdown(at('2027-06-02'), '2027-06-02');
    expect(markdown).toContain('## Stale report for 2027-06-02');
    expect(markdown).toContain('| `content/contacts/grace-hopper.yaml:15` |');
  });
});
