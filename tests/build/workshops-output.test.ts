import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { timedSessions, upcoming } from '../../src/shared/sessions.ts';
import { loadContent } from '../../src/content-model/validation/load-content.ts';
import { DIST, htmlPages, loadPage } from '../support/dist.ts';
import { parseCalendar } from '../support/ical.ts';

const site = readSiteConfig(process.cwd());
const content = loadContent(process.cwd());
// The build ran moments before these tests: anything that ends later than now was upcoming then.
const now = Date.now();
const workshops = content.entries.workshops.map((workshop) => ({
  ...workshop,
  all: timedSessions(workshop.data.sessions, workshop.data.timezone),
  upcoming: upcoming(timedSessions(workshop.data.sessions, workshop.data.timezone), now),
}));
const allUpcoming = workshops.flatMap((workshop) =>
  workshop.upcoming.map((session) => ({ workshop, session })),
);

describe('the workshops page', () => {
  const $ = loadPage('workshops/index.html');
  const listed = $('section[aria-labelledby="upcoming-heading"] [data-session-end]');

  it('lists every upcoming session once, soonest first, and nothing that has ended', () => {
    const ends = listed.map((_, element) => Number($(element).attr('data-session-end'))).get();
    expect(ends.length).toBe(allUpcoming.length);
    expect(ends.every((end) => end > now)).toBe(true);
    // Soonest first: the end times follow the start order of the sessions they belong to.
    const expectedOrder = [...allUpcoming]
      .sort((a, b) => a.session.startMs - b.session.startMs)
      .map(({ session }) => session.endMs);
    expect(ends).toEqual(expectedOrder);
    const pastSessions = workshops.flatMap((workshop) =>
      workshop.all.filter((session) => session.endMs <= now),
    );
    expect(pastSessions.length).toBeGreaterThan(0);
    for (const session of pastSessions) expect(ends).not.toContain(session.endMs);
  });

  it('groups sessions by month with their time zone abbreviation', () => {
    expect($('.month__heading').length).toBeGreaterThan(1);
    listed.each((_, element) => {
      expect($(element).find('.session__time').text()).toMatch(
        / (EST|EDT|GMT|BST|[A-Z]{2,5}|GMT[+-]\d+)$/,
      );
    });
  });

  it('shows full and cancelled sessions clearly, and a rescheduled one with its old date', () => {
    const text = listed.text();
    for (const { session } of allUpcoming) {
      if (session.status === 'full') expect(text).toContain('Full');
      if (session.status === 'cancelled')
        expect($('.session--cancelled del').length).toBeGreaterThan(0);
      if (session.status === 'rescheduled') expect(text).toMatch(/Moved from \w+day \d+ \w+ \d{4}/);
    }
  });
});

describe('registration links', () => {
  it.each(htmlPages())('%s links to registration only over https on an allowed host', (page) => {
    const $ = loadPage(page);
    $('a[href*="sapweb"], a[href*="register"], a:contains("Register")').each((_, element) => {
      const url = new URL($(element).attr('href') ?? '', site.url);
      if (url.origin === new URL(site.url).origin) return;
      expect(url.protocol).toBe('https:');
      expect(site.registration.hosts).toContain(url.hostname);
    });
  });
});

describe('workshop pages', () => {
  it.each(workshops.map((workshop) => [workshop.id, workshop] as const))(
    '%s has valid JSON-LD of the right type',
    (id, workshop) => {
      const $ = loadPage(`workshops/${id}/index.html`);
      const blocks = $('script[type="application/ld+json"]')
        .toArray()
        .map((element) => JSON.parse($(element).text()) as unknown);
      expect(blocks).toHaveLength(1);
      const data = blocks[0] as Record<string, unknown> | Record<string, unknown>[];
      if (workshop.data.kind === 'workshop') {
        expect((data as Record<string, unknown>)['@type']).toBe('Course');
        const instances = (data as Record<string, unknown>)['hasCourseInstance'] as Record<
          string,
          unknown
        >[];
        expect(instances.length).toBe(
          workshop.upcoming.filter((session) => session.status !== 'cancelled').length,
        );
        for (const instance of instances) expect(instance['@type']).toBe('CourseInstance');
      } else {
        const events = data as Record<string, unknown>[];
        expect(events.map((event) => event['@type'])).toEqual(workshop.upcoming.map(() => 'Event'));
        events.forEach((event, index) => {
          const session = workshop.upcoming[index]!;
          expect(event['eventStatus']).toMatch(
            /^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Rescheduled)$/,
          );
          expect(Date.parse(String(event['startDate']))).toBe(session.startMs);
          if (session.status === 'rescheduled')
            expect(Date.parse(String(event['previousStartDate']))).toBe(session.previousStartMs);
        });
      }
    },
  );

  it('the seed workshop covers everything the seed promises and links to the guides', () => {
    const $ = loadPage('workshops/networking-and-informational-interviewing/index.html');
    const text = $('main').text().toLowerCase();
    for (const phrase of [
      'skill',
      'trend',
      'job opening',
      'strong',
      'broad',
      'reach out',
      'prepare',
      'follow up',
      'needs',
      'culture',
      'where it is heading',
      'values',
    ]) {
      expect(text).toContain(phrase);
    }
    expect($('a[href^="/guides/"]').length).toBeGreaterThan(0);
    for (const tool of ['map-your-network', 'question-bank', 'ask-for-a-conversation'])
      expect($(`a[href="/guides/${tool}/"]`)).toHaveLength(1);
    expect($('.registration__note').text()).toContain(
      `You will leave ${site.title} for ${site.registration.system}`,
    );
  });
});

describe('calendar files', () => {
  it.each(
    allUpcoming.map(
      ({ workshop, session }) => [`${workshop.id}/${session.id}.ics`, workshop, session] as const,
    ),
  )('%s holds the session as an exact instant', (file, workshop, session) => {
    const { events } = parseCalendar(readFileSync(join(DIST, 'workshops', file), 'utf8'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      summary:
        session.status === 'cancelled' ? `Cancelled: ${workshop.data.title}` : workshop.data.title,
      startUtc: new Date(session.startMs).toISOString(),
      endUtc: new Date(session.endMs).toISOString(),
      status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      url: workshop.data.registration.url,
    });
  });

  it('the feed holds every upcoming session, each with its own UID', () => {
    const { events } = parseCalendar(readFileSync(join(DIST, 'workshops', 'calendar.ics'), 'utf8'));
    expect(events).toHaveLength(allUpcoming.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('there is no calendar file for a session that has ended', () => {
    for (const workshop of workshops) {
      for (const session of workshop.all.filter((s) => s.endMs <= now)) {
        expect(existsSync(join(DIST, 'workshops', workshop.id, `${session.id}.ics`))).toBe(false);
      }
    }
  });
});

describe('employee groups', () => {
  it('lists every group with who it is for, when it meets and an https link to join', () => {
    const $ = loadPage('groups/index.html');
    for (const group of content.entries.groups) {
      const section = $(`#group-${group.id}`).closest('section');
      expect(section.text()).toContain(group.data.audience);
      expect(section.text()).toContain(group.data.cadence);
      expect(section.find(`a[href="${group.data.join.url}"]`)).toHaveLength(1);
    }
  });

  it('topic and goal pages list the related workshops and groups', () => {
    const group = content.entries.groups.find((g) => g.data.topics.length > 0)!;
    const topicPage = loadPage(`topics/${group.data.topics[0]}/index.html`);
    expect(topicPage(`a[href$="#group-${group.id}"]`)).toHaveLength(1);
    const workshop = workshops.find((w) => w.data.goals.length > 0)!;
    const goalPage = loadPage(`goals/${workshop.data.goals[0]}/index.html`);
    expect(goalPage(`a[href$="/workshops/${workshop.id}/"]`).length).toBeGreaterThan(0);
  });
});
