import { z } from 'astro/zod';
import { entry, text } from './fields.ts';
import { outboundLink } from './link-fields.ts';
import { termIds } from './term-fields.ts';

/** An employee group or community of practice: content/groups/<slug>.yaml. */
export const groupSchema = entry({
  name: text('the group name', { max: 120 }),
  summary: text('one or two sentences on what the group is', { max: 400 }),
  audience: text('who it is for, such as "Anyone who manages a budget"', { max: 300 }),
  cadence: text('when it meets, such as "Second Tuesday of each month, 12:00-13:00"', { max: 200 }),
  join: entry({
    url: outboundLink,
    label: text('the link text, such as "Join the mailing list"', { max: 120 }),
  }),
  topics: termIds('topics').default([]),
  goals: termIds('goals').default([]),
});

export type Group = z.output<typeof groupSchema>;
