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
import { runToEnd } from '../support/run-to-end.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function inFixture() {
  const fixture = fixtureWith();
  cleanup = fixture.cleanup;
  const tool = (name: string, args: string[], input: string) => {
    const result = runToEnd(process.execPath, [join(process.cwd(), 'tools', name), ...args], {
      cwd: fixture.root,
      input,
      env: childEnv({ NETWORKING_HUB_TODAY: FIXTURE_TODAY }),
    });
    return {
      status: result.status,
      out: `${result.stdout}${result.stderr}`,
      stdout: result.stdout,
      stderr: result.stderr,
    };
  };
  // stdin is a pipe, not a terminal: with no flags the tool reads its answers from it, line by line.
  const run = (...args: string[]) => tool('new.ts', args, '');
  const answer = (lines: string[], ...args: string[]) =>
    tool('new.ts', args, lines.map((line) => `${line}\n`).join(''));
  const validate = () => tool('validate.ts', [], '');
  return { root: fixture.root, run, answer, validate };
}

const BIO = 'Jordan builds the budget for the finance office and likes explaining it.';

/** Every required flag of a contact, and no bio. */
const JORDAN_WITHOUT_BIO = [
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
const JORDAN = [...JORDAN_WITHOUT_BIO, '--bio', BIO];

describe('npm run new, with flags', () => {
  it('creates a valid, commented contact named from the person, confirmed today', () => {
    const { root, run } = inFixture();
    const result = run(...JORDAN);
    expect(result).toMatchObject({ status: 0 });
    expect(result.stdout.split('\n')).toEqual([
      'Wrote content/contacts/jordan-lee.yaml. Check it, then run npm run validate.',
      'Filled in for you, to check with the person before publishing: location, formats, capacity.',
      '',
    ]);
    const text = readFileSync(join(root, 'content/contacts/jordan-lee.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/contact.schema.json',
    );
    expect(text).toMatch(/^# .+\nname: Jordan Lee$/m);
    expect(text).toContain(`bio: ${BIO}`);
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
      'department: "vpff" is not a known department; did you mean vpf (Finance)? (expected a department id from content/taxonomies/departments.yaml)',
    );
    expect(() => readFileSync(join(root, 'content/contacts/jo-lee.yaml'))).toThrow();
  });

  it('writes no bio the person did not give: a placeholder that validate refuses', () => {
    const { root, run, validate } = inFixture();
    const result = run(...JORDAN_WITHOUT_BIO);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      'Wrote content/contacts/jordan-lee.yaml. Check it, then run npm run validate.',
      'Filled in for you, to check with the person before publishing: location, formats, capacity.',
      'The bio is a placeholder: replace it with one to three sentences the person has approved. npm run validate refuses the file until then.',
      '',
    ]);
    const text = readFileSync(join(root, 'content/contacts/jordan-lee.yaml'), 'utf8');
    expect(text).toContain(
      '# One to three sentences the person has approved. No phone numbers.\nbio: "PLACEHOLDER: write one to three sentences the person has approved"\n',
    );
    expect(text).not.toContain('works as');
    const validation = validate();
    expect(validation.status).toBe(1);
    expect(validation.out.split('\n')).toContain(
      'content/contacts/jordan-lee.yaml:13:6 bio: is a placeholder (expected one to three sentences the person has approved)',
    );
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

const USAGE_FIRST_LINE = 'Usage: npm run new [-- <kind> [options]]';
const FLAGS =
  '(expected a kind, contact, workshop, session, group, and flags from: --help, --name, --title, --department, --email, --topics, --goals, --location, --pronouns, --known-as, --not-for, --bio, --formats, --capacity, --languages, --kind, --summary, --audience, --objectives, --format, --facilitator, --duration, --timezone, --registration-url, --registration-label, --workshop, --start, --end, --online, --status, --previous-start, --note, --cadence, --join-url, --join-label)';
const CONTACT_FLAGS =
  '(expected flags from: --help, --name, --pronouns, --known-as, --title, --department, --location, --email, --topics, --goals, --not-for, --bio, --formats, --capacity, --languages)';

describe('npm run new, its command line', () => {
  it.each([[['--help']], [['-h']], [['contact', '--help']], [['--nmae', 'x', '--help']]])(
    '%j prints the usage and exits 0',
    (args) => {
      const { run } = inFixture();
      const result = run(...args);
      expect(result).toMatchObject({ status: 0, stderr: '' });
      expect(result.stdout.split('\n')[0]).toBe(USAGE_FIRST_LINE);
      expect(result.stdout).toContain('  --help, -h  show this text\n');
    },
  );

  it.each([
    [
      ['contact', '--nmae', 'Jordan Lee'],
      `--nmae is not a flag of a contact; did you mean "--name"? ${CONTACT_FLAGS}`,
    ],
    [
      ['--nmae', 'Jordan Lee'],
      `--nmae is not a flag of npm run new; did you mean "--name"? ${FLAGS}`,
    ],
    [['contact', '--colour', 'red'], `--colour is not a flag of a contact ${CONTACT_FLAGS}`],
    // A flag of another kind is refused, not dropped unread.
    [['contact', '--cadence', 'Monthly'], `--cadence is not a flag of a contact ${CONTACT_FLAGS}`],
    [['contact', '--name'], `--name has no value ${CONTACT_FLAGS}`],
    [['contact', '--name', '--title', 'Budget Analyst'], `--name has no value ${CONTACT_FLAGS}`],
    [['contakt'], `"contakt" is not a kind of entry; did you mean "contact"? ${FLAGS}`],
    [
      ['--name', 'Jordan Lee'],
      'The kind of entry is missing (expected one of contact, workshop, session, group before the flags, such as npm run new -- contact --name "Jordan Lee")',
    ],
  ])('%j is refused in one line naming what is wrong, exit 2', (args, line) => {
    const { root, run } = inFixture();
    const result = run(...args);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: `${line}\n` });
    expect(existsSync(join(root, 'content/contacts/jordan-lee.yaml'))).toBe(false);
  });
});

const KIND_QUESTION = [
  'Which kind of entry?',
  '  1. contact (a person who agreed to be a network contact)',
  '  2. workshop (a workshop or networking event)',
  '  3. session (a date for a workshop already listed)',
  '  4. group (an employee group)',
];
const NOTHING_WRITTEN = 'Nothing was written: the answers ended before the last question.\n';

describe('npm run new, asking questions', () => {
  it('with no arguments, asks first which kind of entry; closed input writes nothing, exit 1', () => {
    const { root, answer } = inFixture();
    const result = answer([]);
    expect(result).toMatchObject({ status: 1, stderr: NOTHING_WRITTEN });
    expect(result.stdout.split('\n')).toEqual([...KIND_QUESTION, 'Kind (number or name): ', '']);
    expect(existsSync(join(root, 'content/contacts/jordan-lee.yaml'))).toBe(false);
  });

  it('stops cleanly when the answers end part way, writing nothing', () => {
    const { root, answer } = inFixture();
    const result = answer(['1', 'Jordan Lee', '', '', 'Budget Analyst']);
    expect(result).toMatchObject({ status: 1, stderr: NOTHING_WRITTEN });
    expect(result.stdout.split('\n').slice(-4)).toEqual([
      '  1. human-resources (Human Resources)',
      '  2. vpf (Finance)',
      'Department (number or id): ',
      '',
    ]);
    expect(existsSync(join(root, 'content/contacts/jordan-lee.yaml'))).toBe(false);
  });

  it("explains a refused answer with the validator's message and asks again, keeping the others", () => {
    const { root, answer, validate } = inFixture();
    const result = answer([
      '1',
      'Jordan Lee',
      '',
      'Jo',
      'Budget Analyst',
      '2',
      '1',
      'nope@',
      'jlee@gmail.com',
      'jlee@fixture.edu',
      '1,2',
      '1',
      'individual salary questions',
      '',
      'Short.',
      BIO,
      '2,coffee',
      '3',
      'English, Spanish',
    ]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      ...KIND_QUESTION,
      'Kind (number or name): 1',
      'Full name: Jordan Lee',
      'Pronouns (optional): ',
      'The name to greet them by, if not the first word of their name (optional): Jo',
      'Job title: Budget Analyst',
      '  1. human-resources (Human Resources)',
      '  2. vpf (Finance)',
      'Department (number or id): 2',
      '  1. main-campus (Main campus)',
      '  2. remote (Remote)',
      'Location (number or id): 1',
      'Work email: nope@',
      'email: "nope@" is not a valid email address (expected name@domain)',
      'Work email: jlee@gmail.com',
      'email: "jlee@gmail.com" is not on an allowed domain (expected an address ending in @fixture.edu)',
      'Work email: jlee@fixture.edu',
      '  1. budgeting (Budgeting)',
      '  2. data-analysis (Data analysis)',
      'Topics they can be asked about (numbers or ids, comma-separated): 1,2',
      '  1. skills (Skills that matter)',
      '  2. opportunities (Opportunities)',
      'What they can help people find out (numbers or ids, comma-separated): 1',
      'Shown on the profile after "Please don\'t ask me about", such as "individual salary questions".',
      'What they would rather not be asked about, if they said (optional): individual salary questions',
      'The bio is published as the person wrote or approved it: one to three sentences, no phone numbers or email addresses.',
      'Bio: ',
      'An answer is needed here.',
      'Bio: Short.',
      'bio: is too short (expected one to three sentences about the person, at least 20 characters)',
      `Bio: ${BIO}`,
      '  1. in-person (In person)',
      '  2. video (Video call)',
      '  3. phone (Phone call)',
      '  4. walk-and-talk (Walk and talk)',
      '  5. coffee (Over coffee)',
      '  6. email (By email)',
      'Ways to meet (numbers or ids, comma-separated): 2,coffee',
      'Conversations a month they are willing to have (a number): 3',
      'Languages they are happy to talk in, comma-separated; empty for English (optional): English, Spanish',
      'Wrote content/contacts/jordan-lee.yaml. Check it, then run npm run validate.',
      '',
    ]);
    expect(readFileSync(join(root, 'content/contacts/jordan-lee.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=../../schemas/contact.schema.json',
        '# The name the person wants shown. The file name comes from it.',
        'name: Jordan Lee',
        '# Optional: the name a request greets them by, if not the first word of their name.',
        'knownAs: Jo',
        '# Their job title.',
        'title: Budget Analyst',
        '# A department id from content/taxonomies/departments.yaml.',
        'department: vpf',
        '# Where they work: main-campus, remote.',
        'location: main-campus',
        '# Their work email. Requests are sent here; it is never put in the search index.',
        'email: jlee@fixture.edu',
        '# One to three sentences the person has approved. No phone numbers.',
        `bio: ${BIO}`,
        '# Topic ids from content/taxonomies/topics.yaml, 1 to 8.',
        'askMeAbout:',
        '  - budgeting',
        '  - data-analysis',
        '# Goal ids from content/taxonomies/goals.yaml: what they can help people find out.',
        'helpsWith:',
        '  - skills',
        '# Optional: what they would rather not be asked about, shown on their profile.',
        'notFor: individual salary questions',
        '# Earlier roles, for example: - { title: Research Administrator, organization: Sponsored Programs, years: "2015-2019" }',
        'careerPath: []',
        '# Languages they are happy to talk in.',
        'languages:',
        '  - English',
        '  - Spanish',
        '# Ways to meet: in-person, video, phone, walk-and-talk, coffee, email.',
        'formats:',
        '  - video',
        '  - coffee',
        '# Conversations a month they are willing to have.',
        'capacity: 3',
        '# false pauses requests without removing them from the directory.',
        'accepting: true',
        '# The date they last agreed to be listed. Listings expire after the re-confirmation period.',
        'confirmed: 2026-11-26',
        '',
      ].join('\n'),
    );
    expect(validate()).toMatchObject({ status: 0 });
  });

  it('asks again for a file name already taken, then for a session end before its start', () => {
    const { root, answer } = inFixture();
    const group = answer([
      '4',
      'Budget Circle',
      'Data Circle',
      'People who work with data meet to swap tips.',
      'Anyone',
      'Monthly',
      'https://groups.fixture.edu/data',
      '',
      '',
      '',
    ]);
    expect(group).toMatchObject({ status: 0, stderr: '' });
    expect(group.stdout.split('\n').slice(5, 9)).toEqual([
      'Kind (number or name): 4',
      'Group name: Budget Circle',
      'content/groups/budget-circle.yaml already exists (expected a new group, or edit that file instead)',
      'Group name: Data Circle',
    ]);
    expect(existsSync(join(root, 'content/groups/data-circle.yaml'))).toBe(true);
    const session = answer(
      [
        'intro-workshop',
        '2027-06-04T13:00',
        '2027-06-04T12:00',
        '2027-06-04T15:00',
        'Room 9',
        '',
        '',
        '',
        '',
        '',
      ],
      'session',
    );
    expect(session).toMatchObject({ status: 0, stderr: '' });
    expect(session.stdout.split('\n').slice(1, 6)).toEqual([
      'Workshop (number or id): intro-workshop',
      'Start, local time, such as 2027-05-04T13:00: 2027-06-04T13:00',
      'End, local time, such as 2027-05-04T16:00: 2027-06-04T12:00',
      'sessions[2].end: 2027-06-04T12:00 is not after the start 2027-06-04T13:00 (expected the session to end after it starts)',
      'End, local time, such as 2027-05-04T16:00: 2027-06-04T15:00',
    ]);
    expect(readFileSync(join(root, 'content/workshops/intro-workshop.md'), 'utf8')).toContain(
      '  - start: "2027-06-04T13:00"\n    end: "2027-06-04T15:00"\n    location: Room 9\n    status: scheduled\n',
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
