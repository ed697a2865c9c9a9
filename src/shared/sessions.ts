import { DateTime } from 'luxon';
import type { Session } from '../content-model/schemas/session.ts';
import { localToInstant } from './time.ts';

export interface TimedSession extends Session {
  /** Stable within a workshop, also when a session is rescheduled: built from its original start. */
  id: string;
  zone: string;
  startMs: number;
  endMs: number;
  previousStartMs: number | undefined;
}

/** "2026-12-08T09:30" -> "2026-12-08-0930", safe in file names and URLs. */
export function sessionId(session: Pick<Session, 'start' | 'previousStart'>): string {
  return (session.previousStart ?? session.start).replace('T', '-').replace(':', '');
}

/** Sessions with their exact start and end, in the session's own zone or the workshop's. */
export function timedSessions(sessions: readonly Session[], workshopZone: string): TimedSession[] {
  return sessions.map((session) => {
    const zone = session.timezone ?? workshopZone;
    return {
      ...session,
      id: sessionId(session),
      zone,
      startMs: localToInstant(session.start, zone).epochMs,
      endMs: localToInstant(session.end, zone).epochMs,
      previousStartMs:
        session.previousStart === undefined
          ? undefined
          : localToInstant(session.previousStart, zone).epochMs,
    };
  });
}

/** Sessions that have not ended by `nowMs`, soonest first. */
export function upcoming<T extends TimedSession>(sessions: readonly T[], nowMs: number): T[] {
  return sessions.filter((session) => session.endMs > nowMs).sort((a, b) => a.startMs - b.startMs);
}

const inZone = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).setLocale('en-US');
const clock = (time: DateTime) => time.toFormat(time.minute === 0 ? 'ha' : 'h:mma').toLowerCase();
const day = (time: DateTime) => time.toFormat('cccc d LLLL yyyy');

/** "Tuesday 8 December 2026, 9:30am EST", in the session's own time zone. */
export function formatSessionStart(session: Pick<TimedSession, 'startMs' | 'zone'>): string {
  const start = inZone(session.startMs, session.zone);
  return `${day(start)}, ${clock(start)} ${start.toFormat('ZZZZ')}`;
}

/** "Tuesday 8 December 2026, 9:30am to 12:30pm EST", with both zone names when a clock change falls in between. */
export function formatSessionTime(
  session: Pick<TimedSession, 'startMs' | 'endMs' | 'zone'>,
): string {
  const start = inZone(session.startMs, session.zone);
  const end = inZone(session.endMs, session.zone);
  const sameDay = start.hasSame(end, 'day');
  const startZone = start.toFormat('ZZZZ');
  const endZone = end.toFormat('ZZZZ');
  const until = sameDay ? clock(end) : `${day(end)}, ${clock(end)}`;
  return startZone === endZone
    ? `${day(start)}, ${clock(start)} to ${until} ${endZone}`
    : `${day(start)}, ${clock(start)} ${startZone} to ${until} ${endZone}`;
}

/** "December 2026": the month a session falls in, in its own zone. */
export function sessionMonth(session: Pick<TimedSession, 'startMs' | 'zone'>): string {
  return inZone(session.startMs, session.zone).toFormat('LLLL yyyy');
}

/** An ISO 8601 date-time with the zone's offset, as schema.org expects: 2026-12-08T09:30:00-05:00. */
export function isoWithOffset(ms: number, zone: string): string {
  return inZone(ms, zone).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString();
}

/**
 * What is wrong with a session's times in its zone: a time the clocks skip, or an end that is not
 * after the start. The validator and the scaffolder both ask this.
 */
export function sessionTimeProblems(
  session: Pick<Session, 'start' | 'end' | 'timezone'>,
  workshopZone: string,
): { field: 'start' | 'end'; message: string }[] {
  const zone = session.timezone ?? workshopZone;
  const start = localToInstant(session.start, zone);
  const end = localToInstant(session.end, zone);
  const problems: { field: 'start' | 'end'; message: string }[] = [];
  for (const [field, instant, local] of [
    ['start', start, session.start],
    ['end', end, session.end],
  ] as const) {
    if (!instant.exists)
      problems.push({
        field,
        message: `${local} does not exist in ${zone}: the clocks go forward that night (expected a time outside the skipped hour)`,
      });
  }
  if (end.epochMs <= start.epochMs) {
    problems.push({
      field: 'end',
      message: `${session.end} is not after the start ${session.start} (expected the session to end after it starts)`,
    });
  }
  return problems;
}

/**
 * Where to join a full session's waiting list: the session's own link, or else the workshop's;
 * undefined when the session is not full or no link is given.
 */
export function waitingListOf(
  session: Pick<Session, 'status' | 'waitingListUrl'>,
  workshopWaitingList: string | undefined,
): string | undefined {
  return session.status === 'full' ? (session.waitingListUrl ?? workshopWaitingList) : undefined;
}
