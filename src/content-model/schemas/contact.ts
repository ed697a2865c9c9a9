import { z } from 'astro/zod';
import { idsOf, MEETING_FORMATS } from '../vocabularies.ts';
import { count, dateOf, email, entry, expecting, oneOf, text, yesNo } from './fields.ts';
import { termId, termIds } from './term-fields.ts';

export const meetingFormats = idsOf(MEETING_FORMATS);

/** What the years of an earlier role may be: said by the validator and by the web editor's form. */
const YEARS = 'a year such as 2019, or a range such as 2019-2023 or 2019-present';

const earlierRole = entry({
  title: text('the job title held, such as "Research Administrator"', { max: 120 }),
  organization: text('the department or organization, such as "Sponsored Programs"', {
    max: 120,
  }),
  years: z
    .string({ error: expecting(`the years as text: ${YEARS}`) })
    .regex(/^\d{4}(?:\s*[-–]\s*(?:\d{4}|present))?$/, {
      error: expecting(YEARS, (v) => `${v} is not a span of years`),
    })
    .describe(`${YEARS.charAt(0).toUpperCase()}${YEARS.slice(1)}.`),
});

/**
 * What `npm run new` writes for a bio the person has not given: text about a person is theirs to
 * give, so the placeholder is refused until an editor puts their approved sentences in its place.
 */
export const BIO_PLACEHOLDER = 'PLACEHOLDER: write one to three sentences the person has approved';
const PLACEHOLDER_MESSAGE =
  'is a placeholder (expected one to three sentences the person has approved)';
const isPlaceholder = (bio: string) => /^placeholder\b/i.test(bio);

/** A colleague who agreed to be a network contact: content/contacts/<slug>.yaml. */
export const contactSchema = entry({
  name: text('the person\'s name, such as "Jordan Lee"', { max: 100 }),
  // A request greets by first name; this is for people whose first word is not the name they use.
  knownAs: text('the name to greet the person by in a request, such as "Sam"', {
    max: 40,
  }).optional(),
  pronouns: text('pronouns such as "she/her"', { max: 30 }).optional(),
  title: text('the job title, such as "Budget Analyst"', { max: 120 }),
  department: termId('departments'),
  location: termId('locations'),
  email,
  bio: text('one to three sentences about the person', { min: 20, max: 600 })
    .refine((bio) => !isPlaceholder(bio), { error: PLACEHOLDER_MESSAGE })
    .refine((bio) => (bio.match(/[.!?](\s|$)/g) ?? []).length <= 3, {
      error: 'has more than three sentences (expected one to three sentences)',
    }),
  askMeAbout: termIds('topics', { min: 1, max: 8 }),
  helpsWith: termIds('goals', { min: 1, max: 7 }),
  notFor: text(
    'what the person would rather not be asked about, such as "individual salary questions"',
    { max: 200 },
  ).optional(),
  careerPath: z
    .array(earlierRole, { error: expecting('a list of earlier roles') })
    .max(10, { error: 'has more than 10 roles (expected at most 10)' })
    .default([]),
  languages: z
    .array(text('a language such as "English"', { max: 40 }), {
      error: expecting('a list of languages'),
    })
    .min(1, { error: 'is empty (expected at least one language)' })
    .default(['English']),
  formats: z
    .array(oneOf(MEETING_FORMATS, 'a way to meet'), {
      error: expecting('a list of ways to meet'),
    })
    .min(1, { error: `is empty (expected at least one of ${meetingFormats.join(', ')})` }),
  capacity: count('conversations a month', { min: 1, max: 20 }),
  // Someone who just agreed to be a contact is taking requests: the form and completion start on true.
  accepting: yesNo('whether the person is taking requests now', 'pause their listing').meta({
    default: true,
  }),
  confirmed: dateOf('the day the person last confirmed these details'),
});

export type Contact = z.output<typeof contactSchema>;
export type { MeetingFormat } from '../vocabularies.ts';
