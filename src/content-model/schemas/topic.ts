import { z } from 'astro/zod';
import { entry, id, text } from './fields.ts';

/** An area of expertise a contact can be asked about (content/taxonomies/topics.yaml). */
export const topicSchema = entry({
  id,
  name: text('the topic name, such as "Budgeting"', { max: 80 }),
  description: text('one sentence on what the topic covers', { max: 300 }),
});

export type Topic = z.output<typeof topicSchema>;
