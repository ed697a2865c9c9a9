import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, loadPage } from '../support/dist.ts';
import { parseCalendar } from '../support/ical.ts';

// The fixture's sessions (America/Chicago) relative to its pinned today, 2026-11-26: Networking
// Basics ended once on 2026-11-10 and the Winter Coffee Mixer on 2026-11-19; eight are upcoming.
const ics = (file: string) => readFileSync(join(DIST, 'workshops', file), 'utf8');
const texts = (page: string, selector: string) => {
  const $ = loadPage(page);
  return $(selector)
    .map((_, element) => $(element).text().replace(/\s+/g, ' ').trim())
    .get();
};

describe('the workshops page', () => {
  const $ = loadPage('workshops/index.html');
  const listed = $('section[aria-labelledby="upcoming-heading"] [data-session-end]');

  it('lists every upcoming session once, soonest first, and nothing that has ended', () => {
    expect(listed.map((_, element) => Number($(element).attr('data-session-end'))).get()).toEqual([
      Date.parse('2026-12-03T22:00:00Z'),
      Date.parse('2026-12-10T23:00:00Z'),
      Date.parse('2027-01-14T18:00:00Z'),
      Date.parse('2027-01-28T19:30:00Z'),
      Date.parse('2027-02-04T22:00:00Z'),
      Date.parse('2027-02-18T19:30:00Z'),
      Date.parse('2027-02-18T23:00:00Z'),
      Date.parse('2027-03-18T21:00:00Z'),
    ]);
    expect($('main').text()).not.toContain('10 November 2026');
    expect($('main').text()).not.toContain('19 November 2026');
  });

  it('groups sessions by month, with times in the session zone and its abbreviation', () => {
    expect(texts('workshops/index.html', '.month__heading')).toEqual([
      'December 2026',
      'January 2027',
      'February 2027',
      'March 2027',
    ]);
    expect(
      listed
        .find('.session__time')
        .map((_, element) => $(element).text())
        .get(),
    ).toEqual([
      'Thursday 3 December 2026, 1pm to 4pm CST',
      'Thursday 10 December 2026, 3pm to 5pm CST',
      'Thursday 14 January 2027, 9am to 12pm CST',
      'Thursday 28 January 2027, 12pm to 1:30pm CST',
      'Thursday 4 February 2027, 1pm to 4pm CST',
      'Thursday 18 February 2027, 12pm to 1:30pm CST',
      'Thursday 18 February 2027, 3pm to 5pm CST',
      'Thursday 18 March 2027, 1pm to 4pm CDT',
    ]);
  });

  it('shows full and cancelled sessions clearly, and rescheduled ones with their old date', () => {
    const text = listed.map((_, element) => $(element).text()).get();
    expect(text[2]).toContain('Full');
    expect(text[3]).toContain('RescheduledMoved from Thursday 21 January 2027, 12pm CST.');
    expect(text[4]).toContain(
      'CancelledHarbour Hall, Room 101Cancelled because the room is closed',
    );
    expect($('.session--cancelled del').text()).toBe('Thursday 4 February 2027, 1pm to 4pm CST');
    expect(text[7]).toContain('RescheduledMoved from Thursday 11 March 2027, 1pm CST.');
  });

  it('offers registration only for sessions that have places', () => {
    expect(
      listed
        .map((_, element) => $(element).find('a:contains("Register for this session")').length)
        .get(),
    ).toEqual([1, 1, 0, 1, 0, 0, 1, 1]);
  });

  const actions = (index: number) =>
    listed
      .eq(index)
      .find('a')
      .filter((_, element) => !$(element).closest('.session__title').length)
      .map((_, element) => [
        [$(element).text().replace(/\s+/g, ' ').trim(), $(element).attr('href')],
      ])
      .get() as unknown as [string, string][];

  it('offers a full session the waiting list in the registration system, when there is one', () => {
    expect(actions(2)).toEqual([
      [
        'Join the waiting list for this session in Learning Portal (leaves this site)',
        'https://learn.example.edu/courses/networking-basics/waiting-list',
      ],
      [
        'Add to calendar: Thursday 14 January 2027, 9am CST (.ics)',
        '/workshops/networking-basics/networking-basics-2027-01-14.ics',
      ],
    ]);
  });

  it('says "Full" of a full session without a waiting list, and offers no registration', () => {
    expect(listed.eq(5).find('.session__status').text()).toBe('Full');
    expect(actions(5)).toEqual([
      [
        'Add to calendar: Thursday 18 February 2027, 12pm CST (.ics)',
        '/workshops/winter-coffee-mixer/winter-coffee-mixer-2027-02-18-1200.ics',
      ],
    ]);
  });

  it('offers a cancelled session nothing: no registration, no calendar file, just "Cancelled"', () => {
    expect(listed.eq(4).find('.session__status').text()).toBe('Cancelled');
    expect(actions(4)).toEqual([]);
    const page = loadPage('workshops/networking-basics/index.html');
    const cancelled = page('.session--cancelled');
    expect(cancelled).toHaveLength(1);
    expect(cancelled.find('a')).toHaveLength(0);
    expect(cancelled.text()).toContain('Cancelled');
    expect(cancelled.text()).not.toMatch(/register|calendar/i);
  });
});

describe('registration links', () => {
  it('point only to the allowed host, over https', () => {
    const external = htmlPages().flatMap((page) => {
      const $ = loadPage(page);
      return $('a[href*="learn.example.edu"], a:contains("Register")')
        .map((_, element) => $(element).attr('href') ?? '')
        .get();
    });
    expect(new Set(external)).toEqual(
      new Set([
        'https://learn.example.edu/courses/networking-basics',
        'https://learn.example.edu/courses/networking-basics/waiting-list',
        'https://learn.example.edu/events/winter-coffee-mixer',
      ]),
    );
  });
});

describe('workshop pages', () => {
  const jsonLd = (id: string) => {
    const $ = loadPage(`workshops/${id}/index.html`);
    const blocks = $('script[type="application/ld+json"]').toArray();
    expect(blocks).toHaveLength(1);
    return JSON.parse($(blocks[0]).text()) as unknown;
  };

  it('describe a workshop as a Course with an instance per upcoming session not cancelled', () => {
    const course = jsonLd('networking-basics') as Record<string, unknown>;
    expect(course['@type']).toBe('Course');
    expect(course['provider']).toEqual({ '@type': 'Organization', name: 'Harbour Valley College' });
    expect(
      (course['hasCourseInstance'] as Record<string, unknown>[]).map((instance) => [
        instance['@type'],
        instance['courseMode'],
        instance['startDate'],
      ]),
    ).toEqual([
      ['CourseInstance', 'Onsite', '2026-12-03T13:00:00-06:00'],
      ['CourseInstance', 'Onsite', '2027-01-14T09:00:00-06:00'],
      ['CourseInstance', 'Online', '2027-03-18T13:00:00-05:00'],
    ]);
  });

  it('describe a networking event as Events with their status and previous start', () => {
    const events = jsonLd('winter-coffee-mixer') as Record<string, unknown>[];
    expect(
      events.map((event) => [
        event['@type'],
        event['startDate'],
        event['eventStatus'],
        event['previousStartDate'],
      ]),
    ).toEqual([
      ['Event', '2026-12-10T15:00:00-06:00', 'https://schema.org/EventScheduled', undefined],
      [
        'Event',
        '2027-01-28T12:00:00-06:00',
        'https://schema.org/EventRescheduled',
        '2027-01-21T12:00:00-06:00',
      ],
      ['Event', '2027-02-18T12:00:00-06:00', 'https://schema.org/EventScheduled', undefined],
      ['Event', '2027-02-18T15:00:00-06:00', 'https://schema.org/EventScheduled', undefined],
    ]);
  });

  it('say where registration happens and point to the tools for practising alone', () => {
    const $ = loadPage('workshops/networking-basics/index.html');
    expect($('.registration__note').text()).toBe(
      'You will leave Staff Connections for Learning Portal, where you sign in and register.',
    );
    for (const tool of ['map-your-network', 'question-bank', 'ask-for-a-conversation'])
      expect($(`a[href="/guides/${tool}/"]`)).toHaveLength(1);
  });
});

describe('calendar files', () => {
  const filesOf = (workshop: string) =>
    readdirSync(join(DIST, 'workshops', workshop))
      .filter((file) => file.endsWith('.ics'))
      .sort();

  it('are named by workshop and date, with the time only when two sessions share the day', () => {
    // None for the cancelled session of 2027-02-04, none for the sessions that have ended.
    expect(filesOf('networking-basics')).toEqual([
      'networking-basics-2026-12-03.ics',
      'networking-basics-2027-01-14.ics',
      'networking-basics-2027-03-18.ics',
    ]);
    expect(filesOf('winter-coffee-mixer')).toEqual([
      'winter-coffee-mixer-2026-12-10.ics',
      'winter-coffee-mixer-2027-01-28.ics',
      'winter-coffee-mixer-2027-02-18-1200.ics',
      'winter-coffee-mixer-2027-02-18-1500.ics',
    ]);
  });

  it('are the files the session lists link to', () => {
    const $ = loadPage('workshops/index.html');
    expect(
      $('.sessions a[download]')
        .map((_, element) => $(element).attr('href'))
        .get(),
    ).toEqual([
      '/workshops/networking-basics/networking-basics-2026-12-03.ics',
      '/workshops/winter-coffee-mixer/winter-coffee-mixer-2026-12-10.ics',
      '/workshops/networking-basics/networking-basics-2027-01-14.ics',
      '/workshops/winter-coffee-mixer/winter-coffee-mixer-2027-01-28.ics',
      '/workshops/winter-coffee-mixer/winter-coffee-mixer-2027-02-18-1200.ics',
      '/workshops/winter-coffee-mixer/winter-coffee-mixer-2027-02-18-1500.ics',
      '/workshops/networking-basics/networking-basics-2027-03-18.ics',
    ]);
  });

  it.each([
    [
      'networking-basics/networking-basics-2026-12-03.ics',
      'Networking Basics',
      '2026-12-03T19:00:00.000Z',
      '2026-12-03T22:00:00.000Z',
      'https://learn.example.edu/courses/networking-basics',
    ],
    // A rescheduled session is named by its new date, and keeps the UID of its original start.
    [
      'networking-basics/networking-basics-2027-03-18.ics',
      'Networking Basics',
      '2027-03-18T18:00:00.000Z',
      '2027-03-18T21:00:00.000Z',
      'https://learn.example.edu/courses/networking-basics',
    ],
    [
      'winter-coffee-mixer/winter-coffee-mixer-2027-02-18-1500.ics',
      'Winter Coffee Mixer',
      '2027-02-18T21:00:00.000Z',
      '2027-02-18T23:00:00.000Z',
      'https://learn.example.edu/events/winter-coffee-mixer',
    ],
  ])(
    '%s holds the session as an exact instant, named after the workshop',
    (file, summary, startUtc, endUtc, url) => {
      const { events } = parseCalendar(ics(file));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ summary, startUtc, endUtc, status: 'CONFIRMED', url });
    },
  );

  it('keep the UID of a rescheduled session from its original start', () => {
    const { events } = parseCalendar(ics('networking-basics/networking-basics-2027-03-18.ics'));
    expect(events[0]?.uid).toBe('networking-basics-2027-03-11-1300@people.example.edu');
    expect(events[0]?.sequence).toBe(1);
  });

  it("give a full session's waiting list instead of registration", () => {
    const { events } = parseCalendar(ics('networking-basics/networking-basics-2027-01-14.ics'));
    expect(events[0]?.description).toContain(
      'This session is full. Join the waiting list in Learning Portal: https://learn.example.edu/courses/networking-basics/waiting-list',
    );
    expect(events[0]?.description).not.toContain('Register');
  });

  it('the feed holds every upcoming session, each with its own UID, a cancelled one as cancelled', () => {
    const { name, events } = parseCalendar(ics('calendar.ics'));
    expect(name).toBe('Staff Connections: workshops and events');
    expect(events.map((event) => [event.startUtc, event.summary, event.status])).toEqual([
      ['2026-12-03T19:00:00.000Z', 'Networking Basics', 'CONFIRMED'],
      ['2026-12-10T21:00:00.000Z', 'Winter Coffee Mixer', 'CONFIRMED'],
      ['2027-01-14T15:00:00.000Z', 'Networking Basics', 'CONFIRMED'],
      ['2027-01-28T18:00:00.000Z', 'Winter Coffee Mixer', 'CONFIRMED'],
      ['2027-02-04T19:00:00.000Z', 'Cancelled: Networking Basics', 'CANCELLED'],
      ['2027-02-18T18:00:00.000Z', 'Winter Coffee Mixer', 'CONFIRMED'],
      ['2027-02-18T21:00:00.000Z', 'Winter Coffee Mixer', 'CONFIRMED'],
      ['2027-03-18T18:00:00.000Z', 'Networking Basics', 'CONFIRMED'],
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(8);
    // A cancelled session's event offers no registration.
    expect(events[4]?.description).not.toContain('Register');
    expect(events[4]?.url).toBe('https://people.example.edu/workshops/networking-basics/');
  });
});

describe('employee groups', () => {
  it('lists every group with who it is for, when it meets and an https link to join', () => {
    const $ = loadPage('groups/index.html');
    const budget = $('#group-budget-holders-forum').closest('section');
    expect(budget.text()).toContain('Anyone who holds or manages a budget');
    expect(budget.text()).toContain('First Thursday of the month, 12:30-13:30');
    expect(budget.find('a[href="https://lists.example.edu/budget-holders"]').text()).toBe(
      'Join the mailing list: Budget Holders Forum (leaves this site)',
    );
    expect(
      $('#group-early-career-network')
        .closest('section')
        .find('a[href^="https://lists."]')
        .attr('href'),
    ).toBe('https://lists.example.edu/early-career');
  });

  it('topic and goal pages list the related workshops and groups', () => {
    const budgeting = loadPage('topics/budgeting/index.html');
    expect(budgeting('a[href="/groups/#group-budget-holders-forum"]')).toHaveLength(1);
    const otherDepartments = loadPage('goals/other-departments/index.html');
    expect(otherDepartments('a[href="/workshops/winter-coffee-mixer/"]').length).toBeGreaterThan(0);
    expect(otherDepartments('a[href="/workshops/networking-basics/"]').length).toBeGreaterThan(0);
    expect(otherDepartments('a[href="/groups/#group-early-career-network"]')).toHaveLength(1);
  });
});
