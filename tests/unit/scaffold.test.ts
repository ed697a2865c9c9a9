import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-model/validation/load-content.ts';
import {
  addSession,
  newContact,
  newGroup,
  newWorkshop,
  ScaffoldError,
  type ContactAnswers,
  type WorkshopAnswers,
} from '../../tools/scaffold.ts';
import { FIXTURE_TODAY, fixtureWith } from '../support/fixtures.ts';

describe('the scaffolder refuses what npm run validate would refuse, in its words', () => {
  const fixture = fixtureWith();
  const content = loadContent(fixture.root);
  const workshopText = readFileSync(
    join(fixture.root, 'content/workshops/intro-workshop.md'),
    'utf8',
  );
  fixture.cleanup();
  const jordan: ContactAnswers = {
    name: 'Jordan Lee',
    title: 'Budget Analyst',
    department: 'vpf',
    email: 'jlee@fixture.edu',
    topics: ['budgeting'],
    goals: ['skills'],
  };
  const mentoring: WorkshopAnswers = {
    kind: 'workshop',
    title: 'Mentoring Basics',
    summary: 'Learn how mentoring works.',
    audience: 'All staff',
    objectives: ['Find a mentor'],
    format: 'In person',
    facilitator: 'HR',
    duration: '2 hours',
    timezone: 'America/New_York',
    registrationUrl: 'https://sapweb.fixture.edu/training/mentoring',
    topics: [],
    goals: [],
  };
  const refusal = (make: () => unknown) => {
    try {
      make();
    } catch (error) {
      if (error instanceof ScaffoldError) return error.message;
      throw error;
    }
    return 'nothing refused';
  };
  const contact = (answers: Partial<ContactAnswers>) => () =>
    newContact(fixture.root, content, { ...jordan, ...answers }, FIXTURE_TODAY);
  const workshop = (answers: Partial<WorkshopAnswers>) => () =>
    newWorkshop(fixture.root, content, { ...mentoring, ...answers }, 'SAPweb', FIXTURE_TODAY);

  it.each([
    [
      'a contact named "Page"',
      contact({ name: 'Page' }),
      'content/contacts/page.yaml has a file name the site uses for its own pages (expected another name, such as page-1.yaml)',
    ],
    [
      'an email address on another domain',
      contact({ email: 'jlee@gmail.com' }),
      'email: "jlee@gmail.com" is not on an allowed domain (expected an address ending in @fixture.edu)',
    ],
    [
      'an email address already listed',
      contact({ name: 'Jo Lee', email: 'ALovelace@fixture.edu' }),
      'email: "ALovelace@fixture.edu" is the same address as "alovelace@fixture.edu", already listed by content/contacts/ada-lovelace.yaml, confirmed 2026-06-01 (expected one listing per person: capitals and a +tag do not make another address)',
    ],
    [
      'a name to greet them by that is too long',
      contact({ knownAs: 'Jordan Alexander Morgan-Lee the Third of Budgets' }),
      'knownAs: is 48 characters long (expected the name to greet the person by in a request, such as "Sam", at most 40 characters)',
    ],
    [
      'an unknown location',
      contact({ location: 'main-campus-east' }),
      'location: "main-campus-east" is not a known location; did you mean main-campus (Main campus)? (expected a location id from content/taxonomies/locations.yaml)',
    ],
    [
      'an unknown way to meet',
      contact({ formats: ['zoom'] }),
      'formats[0]: "zoom" is not a way to meet (expected one of in-person, video, phone, walk-and-talk, coffee, email)',
    ],
    [
      'a group with a misspelt topic',
      () =>
        newGroup(
          fixture.root,
          content,
          {
            name: 'Data Circle',
            summary: 'People who work with data meet to swap tips.',
            audience: 'Anyone',
            cadence: 'Monthly',
            joinUrl: 'https://groups.fixture.edu/data',
            topics: ['budgetting'],
            goals: [],
          },
          FIXTURE_TODAY,
        ),
      'topics[0]: "budgetting" is not a known topic; did you mean budgeting (Budgeting)? (expected a topic id from content/taxonomies/topics.yaml)',
    ],
    [
      'an unknown kind of event',
      workshop({ kind: 'seminar' }),
      'kind: "seminar" is not a kind of event (expected one of workshop, networking-event)',
    ],
    [
      'a registration link to another host',
      workshop({ registrationUrl: 'https://eventbrite.example.com/mentoring' }),
      'registration.url: "https://eventbrite.example.com/mentoring" is not on an allowed registration host (expected a link to sapweb.fixture.edu, as listed in site.config.yaml)',
    ],
    [
      'a session the workshop already has',
      () =>
        addSession(
          content,
          workshopText,
          {
            workshop: 'intro-workshop',
            start: '2027-03-14T13:00',
            end: '2027-03-14T15:00',
            location: 'Room 9',
          },
          FIXTURE_TODAY,
        ),
      'sessions[2].start: 2027-03-14T13:00 is the same session as sessions[1], which starts or started then (expected each session once; to move a session, change its start and set previousStart)',
    ],
    [
      'a session with an unknown status',
      () =>
        addSession(
          content,
          workshopText,
          {
            workshop: 'intro-workshop',
            start: '2027-06-01T13:00',
            end: '2027-06-01T15:00',
            online: 'Zoom',
            status: 'sold-out',
          },
          FIXTURE_TODAY,
        ),
      'sessions[2].status: "sold-out" is not a session status (expected one of scheduled, full, cancelled, rescheduled)',
    ],
  ])('%s', (_, make, message) => {
    expect(refusal(make)).toBe(message);
  });

  it('writes the name to greet them by and what not to ask them about, when given', () => {
    const { text } = contact({ knownAs: ' Jo ', notFor: 'individual salary questions' })();
    expect(text).toContain('\nname: Jordan Lee\n');
    expect(text).toContain('\nknownAs: Jo\n');
    expect(text).toContain('\nnotFor: individual salary questions\n');
    expect(contact({})().text).not.toMatch(/knownAs|notFor/);
  });

  it('writes no bio it was not given: the placeholder, which it refuses when typed as the bio', () => {
    const { text, placeholders } = contact({})();
    expect(text).toContain(
      '\nbio: "PLACEHOLDER: write one to three sentences the person has approved"\n',
    );
    expect(placeholders).toEqual(['bio']);
    expect(
      refusal(
        contact({ bio: 'PLACEHOLDER: write one to three sentences the person has approved' }),
      ),
    ).toBe('bio: is a placeholder (expected one to three sentences the person has approved)');
  });
});
