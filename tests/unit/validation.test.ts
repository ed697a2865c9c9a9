import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-model/validation/problem.ts';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import {
  FIXTURE_TODAY,
  FIXTURES,
  fixtureWith,
  rewriteContentFiles,
  savedOnWindows,
} from '../support/fixtures.ts';
import { exactCases } from '../support/reading-cases.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function validate(name?: string) {
  const fixture = fixtureWith(name);
  cleanup = fixture.cleanup;
  return validateContent(fixture.root, FIXTURE_TODAY);
}

/** Each bad fixture and the one line an editor must see: file:line:column field: what is wrong (expected ...). */
const cases: Record<string, string> = {
  'unknown-field':
    'content/contacts/ada-lovelace.yaml:6:1 emial: is not a known field; did you mean "email"? (expected one of: name, knownAs, pronouns,',
  'invalid-email':
    'content/contacts/ada-lovelace.yaml:6:8 email: "jane@" is not a valid email address (expected name@domain)',
  'missing-field':
    'content/contacts/ada-lovelace.yaml:1:1 title: is missing (expected the job title',
  'unknown-department':
    'content/contacts/ada-lovelace.yaml:4:13 department: "human-resource" is not a known department; did you mean human-resources (Human Resources)? (expected a department id from content/taxonomies/departments.yaml)',
  'unknown-location':
    'content/contacts/ada-lovelace.yaml:5:11 location: "main-campus-east" is not a known location; did you mean main-campus (Main campus)?',
  'unknown-topic':
    'content/contacts/ada-lovelace.yaml:10:5 askMeAbout[1]: "data-analysys" is not a known topic; did you mean data-analysis (Data analysis)?',
  'unknown-goal':
    'content/contacts/ada-lovelace.yaml:12:5 helpsWith[0]: "skill" is not a known goal; did you mean skills (Skills that matter)?',
  'email-domain':
    'content/contacts/ada-lovelace.yaml:6:8 email: "ada.lovelace@gmail.com" is not on an allowed domain (expected an address ending in @fixture.edu)',
  'duplicate-email':
    'content/contacts/ada-lovelace.yaml:6:8 email: "alovelace@fixture.edu" is the same address as "ALovelace@fixture.edu", already listed by content/contacts/ada-king.yaml, confirmed 2026-06-01 (expected one listing per person: capitals and a +tag do not make another address)',
  'confirmed-in-future':
    'content/contacts/ada-lovelace.yaml:24:12 confirmed: 2027-01-15 is in the future (expected the date the person last confirmed, today 2026-11-26 or earlier)',
  'invalid-date':
    'content/contacts/ada-lovelace.yaml:24:12 confirmed: "2026-13-01" is not a date (expected a date written YYYY-MM-DD',
  'too-many-topics':
    'content/contacts/ada-lovelace.yaml:9:3 askMeAbout: has 9 entries (expected at most 8 topic ids from content/taxonomies/topics.yaml)',
  'no-topics':
    'content/contacts/ada-lovelace.yaml:8:13 askMeAbout: has no entries (expected at least 1: topic ids',
  'phone-in-bio':
    'content/contacts/ada-lovelace.yaml:7:6 bio: contains what looks like a phone number, "617-253-1000" (expected no phone numbers: readers contact volunteers through the request form)',
  'email-in-bio':
    'content/contacts/ada-lovelace.yaml:7:6 bio: contains what looks like an email address, "ada@fixture.edu" (expected no email addresses in text: a contact\'s address belongs in their email field only)',
  'wrong-type':
    'content/contacts/ada-lovelace.yaml:22:11 capacity: "two" is not a number (expected conversations a month, a whole number)',
  'unknown-format':
    'content/contacts/ada-lovelace.yaml:21:5 formats[1]: "zoom" is not a way to meet (expected one of in-person, video',
  'bad-file-name':
    'content/contacts/Ada Lovelace 2.yaml:1:1 has a file name that cannot be a web address (expected lowercase letters, digits and hyphens, such as ada-lovelace-2.yaml)',
  'reserved-file-name':
    'content/contacts/page.yaml:1:1 has a file name the site uses for its own pages (expected another name, such as page-1.yaml)',
  'reserved-file-name-match':
    'content/contacts/match.yaml:1:1 has a file name the site uses for its own pages (expected another name, such as match-1.yaml)',
  'wrong-extension':
    'content/contacts/ada-lovelace-2.yml:1:1 is not read (expected a file ending in .yaml)',
  'session-ends-before-start':
    'content/workshops/intro-workshop.md:18:10 sessions[0].end: 2026-03-10T12:00 is not after the start 2026-03-10T13:00 (expected the session to end after it starts)',
  'session-in-skipped-hour':
    'content/workshops/intro-workshop.md:20:12 sessions[1].start: 2027-03-14T02:30 does not exist in America/New_York',
  'session-with-offset':
    'content/workshops/intro-workshop.md:17:12 sessions[0].start: "2026-03-10T13:00-05:00" is not a local date and time (expected a date and time such as 2026-03-10T13:00, without a time zone offset)',
  'duplicate-session':
    'content/workshops/intro-workshop.md:24:12 sessions[2].start: 2027-03-14T13:00 is the same session as sessions[1], which starts or started then (expected each session once',
  'session-moved-onto-another':
    'content/workshops/intro-workshop.md:24:12 sessions[2].start: 2027-03-14T13:00 is the same session as sessions[1], which starts or started then (expected each session once',
  'session-without-place':
    'content/workshops/intro-workshop.md:17:5 sessions[0].location: is missing (expected a location, or an "online" note, or both)',
  'session-bad-status':
    'content/workshops/intro-workshop.md:23:13 sessions[1].status: "sold-out" is not a session status (expected one of scheduled, full, cancelled, rescheduled)',
  'rescheduled-without-previous-start':
    'content/workshops/intro-workshop.md:20:5 sessions[1].previousStart: is missing (expected the original start',
  'registration-not-https':
    'content/workshops/intro-workshop.md:25:8 registration.url: "http://sapweb.fixture.edu/training/intro" is not an https web address (expected a web address starting with https://)',
  'registration-host-not-allowed':
    'content/workshops/intro-workshop.md:25:8 registration.url: "https://eventbrite.example.com/training/intro" is not on an allowed registration host (expected a link to sapweb.fixture.edu',
  'waiting-list-not-https':
    'content/workshops/intro-workshop.md:24:21 sessions[1].waitingListUrl: "http://sapweb.fixture.edu/training/intro/waiting-list" is not an https web address (expected a web address starting with https://)',
  'waiting-list-host-not-allowed':
    'content/workshops/intro-workshop.md:27:19 registration.waitingListUrl: "https://waitlist.example.com/training/intro" is not on an allowed registration host (expected a link to sapweb.fixture.edu, as listed in site.config.yaml)',
  'unknown-time-zone':
    'content/workshops/intro-workshop.md:11:11 timezone: "Eastern" is not a known time zone (expected a time zone name such as America/New_York)',
  'unknown-kind':
    'content/workshops/intro-workshop.md:2:7 kind: "seminar" is not a kind of event (expected one of workshop, networking-event)',
  'workshop-without-frontmatter':
    'content/workshops/intro-workshop.md:1:1 has no frontmatter (expected the file to start with a line "---"',
  'group-unknown-topic':
    'content/groups/budget-circle.yaml:9:5 topics[0]: "budget" is not a known topic',
  'guide-missing-last-reviewed':
    'content/guides/start-here.mdx:2:1 lastReviewed: is missing (expected a date written YYYY-MM-DD',
  'guide-unknown-section':
    'content/guides/start-here.mdx:5:10 section: "beginning" is not a guide section (expected one of start, before, during, after, more)',
  'guide-duplicate-order':
    'content/guides/start-here.mdx:4:8 order: 1 is already used by content/guides/second-guide.mdx',
  'taxonomy-duplicate-id':
    'content/taxonomies/topics.yaml:8:9 topics[2].id: "budgeting" is used twice, first at line 2 (expected each topic id once)',
  'goal-phrase-as-question':
    'content/taxonomies/goals.yaml:6:20 goals[0].requestPhrase: ends with punctuation (expected the question as a request puts it to the contact, such as "what is changing in your department", without "?" or ".": it is read inside a sentence)',
  'taxonomy-unknown-field':
    'content/taxonomies/locations.yaml:5:5 locations[1].nmae: is not a known field; did you mean "name"? (expected one of: id, name)',
  'config-bad-colour':
    'site.config.yaml:7:11 theme.accent: "maroon" is not a colour (expected a colour written as #rrggbb',
  'config-unreadable-accent':
    'site.config.yaml:7:11 theme.accent: "#f5a623" has a contrast of 2.0:1 on the light background #ffffff (expected at least 4.5:1, so links stay readable)',
  'config-missing-institution':
    'site.config.yaml:1:1 institution: is missing (expected two lines indented under "institution:": "name: Example Institute of Technology" for the full name, and a shortName for the name as a sentence uses it, such as "shortName: the University")',
  'config-bad-host':
    'site.config.yaml:12:7 registration.hosts[0]: "https://sapweb.fixture.edu/training" is not a host name (expected a host name such as sapweb.example.edu, without https:// or a path)',
  'config-public-edition-path':
    'site.config.yaml:19:10 editions.public.url: "https://careers.fixture.edu/networking" is not a site address (expected the https address of the host only, such as https://hr.example.edu (the path goes in "base"))',
};

describe('the valid fixture', () => {
  it('has no errors and no warnings', () => {
    const result = validate();
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.content.entries.contacts.map((contact) => contact.id)).toEqual([
      'ada-lovelace',
      'grace-hopper',
    ]);
    expect(result.content.taxonomies.questions.map((question) => question.id)).toEqual([
      'typical-week',
      'biggest-challenge',
    ]);
  });
});

describe('each bad fixture', () => {
  it('has a case below, so no fixture goes untested', () => {
    const fixtures = readdirSync(join(FIXTURES, 'invalid')).filter(
      (name) => name !== 'stale-contact',
    );
    expect(fixtures.sort()).toEqual([...Object.keys(cases), ...Object.keys(exactCases)].sort());
  });

  it.each(Object.entries(exactCases))(
    '%s: gives exactly these lines, naming the file, line, column, field and expectation',
    (name, expected) => {
      expect(validate(name).errors.map(formatProblem)).toEqual(expected);
    },
  );

  it.each(Object.entries(cases))(
    '%s: reports the file, line, column, field and expectation',
    (name, expected) => {
      const result = validate(name);
      const lines = result.errors.map(formatProblem);
      expect(
        lines.some((line) => line.startsWith(expected)),
        `expected a line starting with\n  ${expected}\ngot\n  ${lines.join('\n  ')}`,
      ).toBe(true);
    },
  );
});

describe('a guide the site links to from its own pages', () => {
  it('is an error when missing, naming the file and what it is for', () => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    rmSync(join(fixture.root, 'content/guides/become-a-contact.mdx'));
    expect(validateContent(fixture.root, FIXTURE_TODAY).errors.map(formatProblem)).toEqual([
      'content/guides/become-a-contact.mdx:1:1 is missing (expected the "Become a network contact" guide, which the site links to from every page footer: restore the file, or write your own with this file name)',
    ]);
  });

  it('is reported once, for its own mistake, when it is there but wrong', () => {
    const fixture = fixtureWith();
    cleanup = fixture.cleanup;
    const file = join(fixture.root, 'content/guides/privacy-notice.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('order: 3', 'order: first'));
    expect(validateContent(fixture.root, FIXTURE_TODAY).errors.map(formatProblem)).toEqual([
      'content/guides/privacy-notice.mdx:4:8 order: "first" is not a number (expected the position of the guide in the set, a whole number)',
    ]);
  });
});

describe('a contact whose confirmation has expired', () => {
  it('is a warning, not an error, and is listed as left out of the site', () => {
    const result = validate('stale-contact');
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'content/contacts/ada-lovelace.yaml:24:12 warning: confirmed: 2025-10-01 is more than 12 months ago, so Ada Lovelace is left out of the site (expected a confirmation on or after 2025-11-26: ask them to confirm, then update the date)',
    ]);
    expect(result.staleContacts).toEqual([
      {
        id: 'ada-lovelace',
        file: 'content/contacts/ada-lovelace.yaml',
        name: 'Ada Lovelace',
        confirmed: '2025-10-01',
        expired: '2026-10-01',
      },
    ]);
  });

  it('is current again on the day it was confirmed twelve months before', () => {
    const fixture = fixtureWith('stale-contact');
    cleanup = fixture.cleanup;
    expect(validateContent(fixture.root, '2026-10-01').warnings).toEqual([]);
    expect(validateContent(fixture.root, '2026-10-02').warnings).toHaveLength(1);
  });
});

describe('content saved with a byte order mark and Windows line ends', () => {
  function validateSavedOnWindows(name?: string) {
    const fixture = fixtureWith(name);
    cleanup = fixture.cleanup;
    rewriteContentFiles(fixture.root, savedOnWindows);
    return validateContent(fixture.root, FIXTURE_TODAY);
  }

  it('is valid, with the same values', () => {
    const result = validateSavedOnWindows();
    expect(result.errors.map(formatProblem)).toEqual([]);
    const ada = result.content.entries.contacts.find((contact) => contact.id === 'ada-lovelace');
    expect(ada?.data.name).toBe('Ada Lovelace');
    expect(ada?.data.bio).toBe(
      'Ada builds the annual budget for the finance office. She likes explaining spreadsheets.',
    );
    expect(result.content.taxonomies.questions.map((question) => question.id)).toEqual([
      'typical-week',
      'biggest-challenge',
    ]);
  });

  it('keeps line and column numbers', () => {
    expect(validateSavedOnWindows('invalid-email').errors.map(formatProblem)).toEqual([
      'content/contacts/ada-lovelace.yaml:6:8 email: "jane@" is not a valid email address (expected name@domain)',
    ]);
  });
});

describe('a misspelt field', () => {
  it('is reported once, as the misspelling, not also as a missing field', () => {
    const result = validate('unknown-field');
    expect(result.errors).toHaveLength(1);
  });
});
