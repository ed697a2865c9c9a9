import { z } from 'astro/zod';
import { count, entry, expecting, idList, isoDate, text } from './fields.ts';

export const guideSections = ['start', 'before', 'during', 'after', 'more'] as const;

/** The frontmatter of a guide: content/guides/<slug>.mdx. */
export const guideSchema = entry({
  title: text('the guide title, such as "Prepare for the conversation"', { max: 100 }),
  description: text('one sentence for search results and lists', { max: 200 }),
  order: count('the position of the guide in the set', { min: 1, max: 999 }),
  section: z.enum(guideSections, { error: expecting(`one of ${guideSections.join(', ')}`, (v) => `${v} is not a guide section`) }),
  lastReviewed: isoDate,
  topics: idList('topic ids').default([]),
  goals: idList('goal ids').default([]),
});

export type Guide = z.output<typeof guideSchema>;
