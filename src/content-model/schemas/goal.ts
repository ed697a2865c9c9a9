import { z } from 'astro/zod';
import { count, entry, id, text } from './fields.ts';

/**
 * The goal in words that fit inside a sentence: the request asks the contact about it, the profile
 * says what the contact can help the reader find out. Each names whose department or work it means.
 */
const phrase = (expected: string) =>
  text(expected, { max: 120 }).refine((value) => !/[?.]$/.test(value), {
    error: `ends with punctuation (expected ${expected}, without "?" or ".": it is read inside a sentence)`,
  });

/** One of the questions a conversation can answer (content/taxonomies/goals.yaml). */
export const goalSchema = entry({
  id,
  question: text('the question as a reader would ask it, ending in "?"', { max: 160 }).refine(
    (q) => q.endsWith('?'),
    {
      error: 'does not end with "?" (expected a question)',
    },
  ),
  requestPhrase: phrase(
    'the question as a request puts it to the contact, such as "what is changing in your department"',
  ),
  profilePhrase: phrase(
    'the question as a profile lists it after "Can help you find out:", such as "what is changing in their department"',
  ),
  label: text('a short label for filters, such as "Changes at %institution-short%"', { max: 60 }),
  description: text('one or two sentences on what a conversation about this uncovers', {
    max: 400,
  }),
  order: count('the position in the list of goals', { min: 1, max: 99 }),
});

export type Goal = z.output<typeof goalSchema>;
