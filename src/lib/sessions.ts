import { DateTime } from 'luxon';
import type { Session } from '../schemas/session.ts';
import { localToInstant } from './time.ts';

export interface TimedSession extends Session {
  zone: string;
  startMs: number;
  endMs: number;
}

/** Sessions with their exact start and end, in the session's own zone or the workshop's. */
export function timedSessions(sessions: readonly Session[], workshopZone: string): TimedSession[] {
  return sessions.map((session) => {
    const zone = session.timezone ?? workshopZone;
    return { ...session, zone, startMs: localToInstant(session.start, zone).epochMs, endMs: localToInstant(session.end, zone).epochMs };
  });
}

/** Sessions that have not ended by `nowMs`, soonest first. */
export function upcoming(sessions: readonly TimedSession[], nowMs: number): TimedSession[] {
  return sessions.filter((session) => session.endMs > nowMs).sort((a, b) => a.startMs - b.startMs);
}

/** "Tuesday 8 December 2026, 9:30am EST", in the session's own time zone. */
export function formatSessionStart(session: TimedSession): string {
  const start = DateTime.fromMillis(session.startMs, { zone: session.zone });
  return `${start.toFormat('cccc d LLLL yyyy, h:mma').replace(/AM|PM/, (m) => m.toLowerCase())} ${start.toFormat('ZZZZ')}`;
}
