import { z } from 'astro/zod';
import { count, entry, id, text } from './fields.ts';

/** One of the questions a conversation can answer (content/taxonomies/goals.yaml). */
export const goalSchema = entry({
  id,
  question: text('the question as a reader would ask it, ending in "?"', { max: 160 }).refine(
    (q) => q.endsWith('?'),
    {
      error: 'does not end with "?" (expected a question)',
    },
  ),
  label: text('a short label for filters, such as "Changes at the Institute"', { max: 60 }),
  description: text('one or two sentences on what a conversation about this uncovers', {
    max: 400,
  }),
  order: count('the position in the list of goals', { min: 1, max: 99 }),
});

export type Goal = z.output<typeof goalSchema>;
