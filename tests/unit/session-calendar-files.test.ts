import { describe, expect, it } from 'vitest';
import { sessionCalendarFiles } from '../../src/shared/urls.ts';
import { waitingListOf } from '../../src/shared/sessions.ts';

describe('calendar file names', () => {
  it('name the workshop and the day, with the time only when two sessions share the day', () => {
    expect(
      sessionCalendarFiles('networking-and-informational-interviewing', [
        { start: '2026-12-08T09:30', status: 'scheduled' },
        { start: '2027-01-12T09:30', status: 'full' },
        { start: '2027-01-12T14:00', status: 'scheduled' },
      ]),
    ).toEqual([
      'networking-and-informational-interviewing-2026-12-08.ics',
      'networking-and-informational-interviewing-2027-01-12-0930.ics',
      'networking-and-informational-interviewing-2027-01-12-1400.ics',
    ]);
  });

  it('take the current date of a rescheduled session, and give a cancelled one none', () => {
    expect(
      sessionCalendarFiles('intro', [
        { start: '2027-03-18T13:00', status: 'rescheduled' },
        { start: '2027-03-18T09:00', status: 'cancelled' },
      ]),
    ).toEqual(['intro-2027-03-18.ics', undefined]);
  });
});

describe('the waiting list of a session', () => {
  const workshopList = 'https://sapweb.example.edu/waiting/intro';
  it("is the session's own link, or else the workshop's, only when the session is full", () => {
    const own = 'https://sapweb.example.edu/waiting/intro-march';
    expect(waitingListOf({ status: 'full', waitingListUrl: own }, workshopList)).toBe(own);
    expect(waitingListOf({ status: 'full' }, workshopList)).toBe(workshopList);
    expect(waitingListOf({ status: 'full' }, undefined)).toBeUndefined();
    expect(waitingListOf({ status: 'scheduled', waitingListUrl: own }, workshopList)).toBe(
      undefined,
    );
  });
});
