import { z } from 'astro/zod';
import { entry, id, text } from './fields.ts';

/** A department, school or office (content/taxonomies/departments.yaml). */
export const departmentSchema = entry({
  id,
  name: text('the department name, such as "Human Resources"', { max: 120 }),
  description: text('one sentence on what the department does', { max: 300 }),
});

export type Department = z.output<typeof departmentSchema>;
