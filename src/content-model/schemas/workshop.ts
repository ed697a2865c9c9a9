import { z } from 'astro/zod';
import { idsOf, WORKSHOP_KINDS } from '../vocabularies.ts';
import { entry, expecting, oneOf, text, timeZone } from './fields.ts';
import { registrationLink, waitingListLink } from './link-fields.ts';
import { termIds } from './term-fields.ts';
import { sessionSchema } from './session.ts';

export const workshopKinds = idsOf(WORKSHOP_KINDS);

/** A workshop or networking event: the frontmatter of content/workshops/<slug>.md; the body is the description. */
export const workshopSchema = entry({
  kind: oneOf(WORKSHOP_KINDS, 'a kind of event'),
  title: text('the title, such as "Networking and Informational Interviewing"', { max: 120 }),
  summary: text('one or two sentences for lists and search results', { max: 300 }),
  audience: text('who it is for, such as "All staff"', { max: 300 }),
  objectives: z
    .array(text('one thing participants will be able to do', { max: 300 }), {
      error: expecting('a list of objectives'),
    })
    .min(1, { error: 'is empty (expected at least one objective)' }),
  format: text('how it runs, such as "In person, interactive"', { max: 200 }),
  facilitator: text('who leads it, such as "HR Learning and Development"', { max: 200 }),
  duration: text('how long it lasts, such as "3 hours"', { max: 60 }),
  timezone: timeZone,
  topics: termIds('topics').default([]),
  goals: termIds('goals').default([]),
  sessions: z.array(sessionSchema, { error: expecting('a list of sessions') }).default([]),
  registration: entry({
    url: registrationLink,
    label: text('the link text, such as "Register in SAPweb Self Service: Training"', { max: 120 }),
    waitingListUrl: waitingListLink(
      'An https link to the waiting list in the registration system, offered for a full session instead of registration.',
    ).optional(),
  }),
});

export type Workshop = z.output<typeof workshopSchema>;
export type { WorkshopKind } from '../vocabularies.ts';
