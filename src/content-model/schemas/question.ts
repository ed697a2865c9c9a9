import { z } from 'astro/zod';
import { entry, expecting, id, text } from './fields.ts';

/** What a question is for: the four things the workshop teaches readers to uncover, plus openers and closers. */
export const questionPurposes = ['opener', 'needs', 'culture', 'future', 'fit', 'closer'] as const;

/** One question of the question bank (content/questions.yaml). */
export const questionSchema = entry({
  id,
  purpose: z.enum(questionPurposes, {
    error: expecting(`one of ${questionPurposes.join(', ')}`, (v) => `${v} is not a question purpose`),
  }),
  question: text('the question as you would ask it, ending in "?"', { max: 240 }).refine((q) => q.endsWith('?'), {
    error: 'does not end with "?" (expected a question)',
  }),
  uncovers: text('one short sentence on what the answer tells you', { max: 240 }),
});

export type Question = z.output<typeof questionSchema>;
export type QuestionPurpose = (typeof questionPurposes)[number];
