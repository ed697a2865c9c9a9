import { describe, expect, it } from 'vitest';
import { calendarFile, sessionEvent } from '../../src/shared/calendar.ts';
import { jsonForScript, workshopJsonLd } from '../../src/site/json-ld.ts';
import {
  formatSessionStart,
  formatSessionTime,
  isoWithOffset,
  sessionId,
  sessionMonth,
  timedSessions,
  upcoming,
} from '../../src/shared/sessions.ts';
import type { Session } from '../../src/content-model/schemas/session.ts';
import type { Workshop } from '../../src/content-model/schemas/workshop.ts';
import { parseCalendar } from '../support/ical.ts';

const session = (start: string, end: string, extra: Partial<Session> = {}): Session => ({
  start,
  end,
  status: 'scheduled',
  location: 'Building E19',
  ...extra,
});
const ZONE = 'America/New_York';

const sessions = timedSessions(
  [
    session('2026-10-20T13:00', '2026-10-20T16:00'),
    session('2027-03-14T13:00', '2027-03-14T16:00', {
      online: 'Zoom',
      location: undefined,
      status: 'full',
    }),
    session('2026-12-08T09:30', '2026-12-08T12:30', {
      status: 'cancelled',
      note: 'Room unavailable',
    }),
    session('2027-04-06T13:00', '2027-04-06T16:00', {
      status: 'rescheduled',
      previousStart: '2027-03-30T13:00',
    }),
    session('2027-03-28T10:00', '2027-03-28T11:00', { timezone: 'Europe/London' }),
  ],
  ZONE,
);
const [past, dstDay, cancelled, rescheduled, london] = sessions as [
  (typeof sessions)[0],
  (typeof sessions)[0],
  (typeof sessions)[0],
  (typeof sessions)[0],
  (typeof sessions)[0],
];

describe('timedSessions', () => {
  it('turns local times into exact instants in the session or workshop zone', () => {
    expect(new Date(past.startMs).toISOString()).toBe('2026-10-20T17:00:00.000Z');
    expect(new Date(cancelled.startMs).toISOString()).toBe('2026-12-08T14:30:00.000Z');
    expect(new Date(dstDay.startMs).toISOString()).toBe('2027-03-14T17:00:00.000Z');
    expect(london.zone).toBe('Europe/London');
    expect(new Date(london.startMs).toISOString()).toBe('2027-03-28T09:00:00.000Z');
  });

  it('keeps the id of a rescheduled session from its original start', () => {
    expect(rescheduled.id).toBe('2027-03-30-1300');
    expect(sessionId({ start: '2027-04-06T13:00' })).toBe('2027-04-06-1300');
  });
});

describe('upcoming', () => {
  it('keeps the sessions that have not ended at the given moment, soonest first', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(upcoming(sessions, now).map((s) => s.start)).toEqual([
      '2026-12-08T09:30',
      '2027-03-14T13:00',
      '2027-03-28T10:00',
      '2027-04-06T13:00',
    ]);
  });

  it('keeps a session that has started but not ended, and drops it the moment it ends', () => {
    expect(upcoming(sessions, past.startMs + 1)).toContain(past);
    expect(upcoming(sessions, past.endMs)).not.toContain(past);
  });
});

describe('formatting in the session zone', () => {
  it('names standard and daylight time', () => {
    expect(formatSessionTime(cancelled)).toBe('Tuesday 8 December 2026, 9:30am to 12:30pm EST');
    expect(formatSessionTime(dstDay)).toBe('Sunday 14 March 2027, 1pm to 4pm EDT');
    expect(formatSessionStart(past)).toBe('Tuesday 20 October 2026, 1pm EDT');
  });

  it('names both when the clocks change during a session', () => {
    const [overnight] = timedSessions([session('2026-11-01T00:30', '2026-11-01T03:00')], ZONE);
    expect(formatSessionTime(overnight!)).toBe('Sunday 1 November 2026, 12:30am EDT to 3am EST');
    expect(overnight!.endMs - overnight!.startMs).toBe(3.5 * 60 * 60 * 1000);
  });

  it('groups by month and writes ISO times with the offset of the day', () => {
    expect(sessionMonth(cancelled)).toBe('December 2026');
    expect(isoWithOffset(cancelled.startMs, ZONE)).toBe('2026-12-08T09:30:00-05:00');
    expect(isoWithOffset(dstDay.startMs, ZONE)).toBe('2027-03-14T13:00:00-04:00');
  });
});

const workshop: Workshop = {
  kind: 'workshop',
  title: 'Networking; and Interviewing, part 1',
  summary: 'Learn to network.',
  audience: 'All staff',
  objectives: ['Assess your network'],
  format: 'In person',
  facilitator: 'HR Learning',
  duration: '3 hours',
  timezone: ZONE,
  topics: [],
  goals: [],
  sessions: [],
  registration: { url: 'https://sapweb.example.edu/training/x', label: 'Register' },
};
const context = {
  siteUrl: 'https://hr.example.edu',
  pageUrl: 'https://hr.example.edu/workshops/x/',
  registrationSystem: 'SAPweb',
  stampMs: Date.parse('2026-11-26T12:00:00Z'),
};

describe('calendar files', () => {
  const file = calendarFile(
    [
      sessionEvent('x', workshop, dstDay, context),
      sessionEvent('x', workshop, cancelled, context),
      sessionEvent('x', workshop, rescheduled, context),
    ],
    'Workshops',
  );
  const parsed = parseCalendar(file);

  it('read back field by field with an independent parser', () => {
    expect(parsed.name).toBe('Workshops');
    expect(parsed.events[0]).toEqual({
      uid: 'x-2027-03-14-1300@hr.example.edu',
      summary: 'Networking; and Interviewing, part 1',
      description:
        'Learn to network.\n\nThis session is full.\n\nDetails: https://hr.example.edu/workshops/x/',
      location: 'Online: Zoom',
      url: 'https://sapweb.example.edu/training/x',
      status: 'CONFIRMED',
      sequence: 0,
      startUtc: '2027-03-14T17:00:00.000Z',
      endUtc: '2027-03-14T20:00:00.000Z',
    });
  });

  it('are stamped with the build clock, so two builds on a pinned day are identical', () => {
    const stamps = file.split('\r\n').filter((line) => line.startsWith('DTSTAMP'));
    expect(stamps).toEqual([
      'DTSTAMP:20261126T120000Z',
      'DTSTAMP:20261126T120000Z',
      'DTSTAMP:20261126T120000Z',
    ]);
  });

  it('give exact instants across the change to daylight time', () => {
    expect(parsed.events[1]?.startUtc).toBe('2026-12-08T14:30:00.000Z');
    expect(parsed.events[0]?.startUtc).toBe('2027-03-14T17:00:00.000Z');
  });

  it('mark a cancelled session cancelled, and keep the UID of a rescheduled one', () => {
    expect(parsed.events[1]).toMatchObject({
      status: 'CANCELLED',
      summary: 'Cancelled: Networking; and Interviewing, part 1',
      sequence: 1,
    });
    expect(parsed.events[1]?.description).toBe(
      'Learn to network.\n\nRoom unavailable\n\nThis session is cancelled.\n\nDetails: https://hr.example.edu/workshops/x/',
    );
    // It offers no registration: its link is the workshop's page.
    expect(parsed.events[1]?.url).toBe('https://hr.example.edu/workshops/x/');
    expect(parsed.events[2]).toMatchObject({
      uid: 'x-2027-03-30-1300@hr.example.edu',
      startUtc: '2027-04-06T17:00:00.000Z',
      sequence: 1,
    });
  });

  it("offer a full session's waiting list when there is one", () => {
    const withList = {
      ...workshop,
      registration: {
        ...workshop.registration,
        waitingListUrl: 'https://sapweb.example.edu/training/x/waiting-list',
      },
    };
    const [event] = parseCalendar(
      calendarFile([sessionEvent('x', withList, dstDay, context)], 'Workshops'),
    ).events;
    expect(event?.description).toBe(
      'Learn to network.\n\nThis session is full. Join the waiting list in SAPweb: https://sapweb.example.edu/training/x/waiting-list\n\nDetails: https://hr.example.edu/workshops/x/',
    );
  });

  it('use CRLF line endings and lines of at most 75 octets', () => {
    const lines = file.split('\r\n');
    expect(file).not.toMatch(/[^\r]\n/);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
  });
});

describe('JSON-LD', () => {
  it('describes a workshop as a Course with an instance per session that is not cancelled', () => {
    const data = workshopJsonLd(workshop, [dstDay, cancelled, rescheduled], {
      pageUrl: context.pageUrl,
      institution: 'Example Institute',
    }) as Record<string, unknown>;
    expect(data['@type']).toBe('Course');
    const instances = data['hasCourseInstance'] as Record<string, unknown>[];
    expect(
      instances.map((instance) => [
        instance['@type'],
        instance['courseMode'],
        instance['startDate'],
      ]),
    ).toEqual([
      ['CourseInstance', 'Online', '2027-03-14T13:00:00-04:00'],
      ['CourseInstance', 'Onsite', '2027-04-06T13:00:00-04:00'],
    ]);
  });

  it('describes a networking event as Events with their status and previous start', () => {
    const events = workshopJsonLd(
      { ...workshop, kind: 'networking-event' },
      [cancelled, rescheduled],
      {
        pageUrl: context.pageUrl,
        institution: 'Example Institute',
      },
    ) as Record<string, unknown>[];
    expect(
      events.map((event) => [event['@type'], event['eventStatus'], event['previousStartDate']]),
    ).toEqual([
      ['Event', 'https://schema.org/EventCancelled', undefined],
      ['Event', 'https://schema.org/EventRescheduled', '2027-03-30T13:00:00-04:00'],
    ]);
  });

  it('cannot close its script element early', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain(
      '</script>',
    );
    expect(JSON.parse(jsonForScript({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});
