import { calendarRejections, sessionEvent } from '../../shared/calendar.ts';
import { nowMs } from '../clock.ts';
import { timedSessions, type TimedSession } from '../../shared/sessions.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import type { Workshop } from '../schemas/workshop.ts';
import { describeValue } from '../schemas/describe-value.ts';

export interface CalendarProblem {
  path: PropertyKey[];
  message: string;
}

/** Where each event property comes from in the workshop file, and what to write there instead. */
function explain(
  property: string,
  workshop: Workshop,
  session: TimedSession,
  index: number,
  libraryMessage: string,
): CalendarProblem {
  const at = (...path: PropertyKey[]) => ['sessions', index, ...path];
  switch (property) {
    case 'url':
      return {
        path: ['registration', 'url'],
        message: `${describeValue(workshop.registration.url)} is an address calendar apps cannot open (expected a web address such as https://sapweb.example.edu/training, with a lower-case host name, no spaces and no unusual port)`,
      };
    case 'start':
    case 'end':
      return {
        path: at(property),
        message: `${session[property]} cannot be written into a calendar file (expected a date and time in 1970 or later)`,
      };
    case 'location':
      return {
        path: at(session.location === undefined ? 'online' : 'location'),
        message: `cannot be written into a calendar file: ${libraryMessage} (expected plain text)`,
      };
    case 'title':
      return {
        path: ['title'],
        message: `cannot be written into a calendar file: ${libraryMessage} (expected plain text)`,
      };
    default:
      return {
        path: at(),
        message: `cannot be written into a calendar file: ${libraryMessage} (expected a session that calendar apps can import)`,
      };
  }
}

/**
 * Builds each session's calendar event exactly as /workshops/calendar.ics does and reports what
 * the calendar library would refuse, so the build never stops on it. Only sessions whose times are
 * valid are passed in. The page address only goes into the description, which is never refused.
 */
export function calendarProblems(
  workshopId: string,
  workshop: Workshop,
  sessionIndexes: readonly number[],
  config: SiteConfig,
): CalendarProblem[] {
  const context = {
    siteUrl: config.url,
    pageUrl: config.url,
    registrationSystem: config.registration.system,
    stampMs: nowMs(),
  };
  const sessions = timedSessions(workshop.sessions, workshop.timezone);
  const problems = new Map<string, CalendarProblem>();
  for (const index of sessionIndexes) {
    const session = sessions[index];
    if (!session) continue;
    const event = sessionEvent(workshopId, workshop, session, context);
    for (const { property, message } of calendarRejections(event)) {
      const problem = explain(property, workshop, session, index, message);
      // The registration address is in every session's event: report it once.
      problems.set(JSON.stringify(problem.path), problem);
    }
  }
  return [...problems.values()];
}
