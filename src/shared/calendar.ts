import { createEvents, type EventAttributes } from 'ics';
import type { Workshop } from '../content-model/schemas/workshop.ts';
import { waitingListOf, type TimedSession } from '../shared/sessions.ts';

export interface CalendarContext {
  /** The published site's origin, for UIDs and links: https://hr.example.edu */
  siteUrl: string;
  /** The workshop's page on the site. */
  pageUrl: string;
  registrationSystem: string;
  /** When the file was written (DTSTAMP): the build's clock, so a pinned build is reproducible. */
  stampMs: number;
}

/**
 * One session as a calendar event. Start and end are exact UTC instants, so every calendar shows
 * the right local time whatever daylight saving does. The UID stays the same when a session is
 * rescheduled or cancelled, so an imported event is updated rather than duplicated.
 */
export function sessionEvent(
  workshopId: string,
  workshop: Workshop,
  session: TimedSession,
  context: CalendarContext,
): EventAttributes {
  const where = [session.location, session.online && `Online: ${session.online}`]
    .filter(Boolean)
    .join('. ');
  const changed = session.status === 'cancelled' || session.status === 'rescheduled';
  const waitingList = waitingListOf(session, workshop.registration.waitingListUrl);
  // A cancelled session offers no registration, a full one its waiting list if there is one.
  const next =
    session.status === 'cancelled'
      ? 'This session is cancelled.'
      : session.status === 'full'
        ? waitingList
          ? `This session is full. Join the waiting list in ${context.registrationSystem}: ${waitingList}`
          : 'This session is full.'
        : `Register in ${context.registrationSystem}: ${workshop.registration.url}`;
  const description = [workshop.summary, session.note, next, `Details: ${context.pageUrl}`]
    .filter(Boolean)
    .join('\n\n');
  // ics reads `timestamp` for DTSTAMP (defaulting to the real clock), though its types leave it out.
  const event: EventAttributes & { timestamp: number } = {
    uid: `${workshopId}-${session.id}@${new URL(context.siteUrl).hostname}`,
    title: session.status === 'cancelled' ? `Cancelled: ${workshop.title}` : workshop.title,
    description,
    location: where,
    url: session.status === 'cancelled' ? context.pageUrl : workshop.registration.url,
    start: session.startMs,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: session.endMs,
    endInputType: 'utc',
    endOutputType: 'utc',
    status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    sequence: changed ? 1 : 0,
    timestamp: context.stampMs,
  };
  return event;
}

const PRODUCT_ID = 'networking-hub/ics';

/** A calendar file (RFC 5545) holding the events; throws if the events cannot be written. */
export function calendarFile(events: EventAttributes[], name: string): string {
  const { error, value } = createEvents(events, { calName: name, productId: PRODUCT_ID });
  if (error || !value)
    throw new Error(`Could not write the calendar "${name}": ${error?.message ?? 'no output'}`);
  return value;
}

/** An event property that the calendar library refuses, such as `url`, with its own message. */
export interface CalendarRejection {
  property: string;
  message: string;
}

/** What calendarFile() would refuse in this event: nothing when it can be written. */
export function calendarRejections(event: EventAttributes): CalendarRejection[] {
  const { error } = createEvents([event], { productId: PRODUCT_ID });
  if (!error) return [];
  const inner = (error as Error & { inner?: { path?: string; message: string }[] }).inner ?? [];
  return inner.length > 0
    ? inner.map((issue) => ({ property: issue.path ?? '', message: issue.message }))
    : [{ property: '', message: error.message }];
}
