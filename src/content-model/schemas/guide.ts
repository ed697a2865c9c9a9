import { z } from 'astro/zod';
import { GUIDE_SECTIONS } from '../vocabularies.ts';
import { count, dateOf, entry, oneOf, text } from './fields.ts';
import { termIds } from './term-fields.ts';

/** The frontmatter of a guide: content/guides/<slug>.mdx. */
export const guideSchema = entry({
  title: text('the guide title, such as "Prepare for the conversation"', { max: 100 }),
  description: text('one sentence for search results and lists', { max: 200 }),
  order: count('the position of the guide in the set', { min: 1, max: 999 }),
  section: oneOf(GUIDE_SECTIONS, 'a guide section'),
  lastReviewed: dateOf('the day the guide was last checked as correct'),
  topics: termIds('topics').default([]),
  goals: termIds('goals').default([]),
});

export type Guide = z.output<typeof guideSchema>;
