import { z } from 'astro/zod';
import { entry, id, text } from './fields.ts';

/** Where a contact works (content/taxonomies/locations.yaml). */
export const locationSchema = entry({
  id,
  name: text('the place name, such as "Main campus"', { max: 120 }),
});

export type Location = z.output<typeof locationSchema>;
