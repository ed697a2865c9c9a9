import { z } from 'astro/zod';
import { idsOf, SESSION_STATUSES } from '../vocabularies.ts';
import { entry, localDateTime, oneOf, text, timeZone } from './fields.ts';

export const sessionStatuses = idsOf(SESSION_STATUSES);

/** One dated session of a workshop or event. `end` after `start` is checked with the time zone, by the cross-entry rules. */
export const sessionSchema = entry({
  start: localDateTime,
  end: localDateTime,
  timezone: timeZone.optional(),
  location: text('the room and building, such as "Building E19, Room 623"', {
    max: 160,
  }).optional(),
  online: text('how to join online, such as "Zoom (link sent after registration)"', {
    max: 160,
  }).optional(),
  status: oneOf(SESSION_STATUSES, 'a session status').default('scheduled'),
  previousStart: localDateTime.optional(),
  note: text('a short note for this session', { max: 200 }).optional(),
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
