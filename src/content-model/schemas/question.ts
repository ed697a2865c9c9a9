import { z } from 'astro/zod';
import { idsOf, QUESTION_PURPOSES } from '../vocabularies.ts';
import { entry, id, oneOf, text } from './fields.ts';
import { termIds } from './term-fields.ts';

export const questionPurposes = idsOf(QUESTION_PURPOSES);

/** One question of the question bank (content/questions.yaml). */
export const questionSchema = entry({
  id,
  purpose: oneOf(QUESTION_PURPOSES, 'a question purpose'),
  question: text('the question as you would ask it, ending in "?"', { max: 240 }).refine(
    (q) => q.endsWith('?'),
    {
      error: 'does not end with "?" (expected a question)',
    },
  ),
  uncovers: text('one short sentence on what the answer tells you', { max: 240 }),
  // The goals the question serves: the question bank shows them, the guided match lists the
  // questions of the chosen goal.
  goals: termIds('goals', { min: 1 }),
});

export type Question = z.output<typeof questionSchema>;
export type { QuestionPurpose } from '../vocabularies.ts';
