import { z } from 'astro/zod';
import { idsOf, SESSION_STATUSES } from '../vocabularies.ts';
import { dateTimeOf, entry, oneOf, text, timeZone } from './fields.ts';
import { waitingListLink } from './link-fields.ts';

/** Whose clock a session's times are on. */
const LOCAL_TIME = "in the session's time zone, or else the workshop's";

export const sessionStatuses = idsOf(SESSION_STATUSES);

/** One dated session of a workshop or event. `end` after `start` is checked with the time zone, by the cross-entry rules. */
export const sessionSchema = entry({
  start: dateTimeOf(`when the session starts, ${LOCAL_TIME}`),
  end: dateTimeOf(`when the session ends, ${LOCAL_TIME}`),
  timezone: timeZone.optional(),
  location: text('the room and building, such as "Building E19, Room 623"', {
    max: 160,
  }).optional(),
  online: text('how to join online, such as "Zoom (link sent after registration)"', {
    max: 160,
  }).optional(),
  status: oneOf(SESSION_STATUSES, 'a session status')
    .describe("The session's status: full, cancelled or rescheduled, when plans change.")
    .default('scheduled'),
  previousStart: dateTimeOf(`when a rescheduled session was to start, ${LOCAL_TIME}`).optional(),
  note: text('a short note for this session', { max: 200 }).optional(),
  waitingListUrl: waitingListLink(
    "An https link to this session's own waiting list in the registration system, offered when the session is full. Leave it out to use the workshop's (registration.waitingListUrl).",
  ).optional(),
}).superRefine((session, ctx) => {
  if (session.location === undefined && session.online === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['location'],
      message: 'is missing (expected a location, or an "online" note, or both)',
    });
  }
  if (session.status === 'rescheduled' && session.previousStart === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['previousStart'],
      message:
        'is missing (expected the original start, such as 2026-03-10T13:00, for a rescheduled session)',
    });
  }
});

export type Session = z.output<typeof sessionSchema>;
export type { SessionStatus } from '../vocabularies.ts';
