/**
 * Field types shared by the content schemas. Every error message reads
 * "<what is wrong> (expected <what is expected>)" so an editor can act on it.
 */
import { z } from 'astro/zod';
import { idsOf } from '../vocabularies.ts';
import {
  invisibleFormatting,
  invisibleFormattingMessage,
} from '../validation/control-characters.ts';
import { describeValue } from './describe-value.ts';
import { personalDataIn } from './personal-data.ts';

type IssueLike = { input?: unknown; code?: string };

/** "the person's name" -> "The person's name." for editor tooltips. */
const sentence = (expected: string) => `${expected.charAt(0).toUpperCase()}${expected.slice(1)}.`;

/** A Zod error function: "is missing" when absent, otherwise `problem(value)`. */
export function expecting(expected: string, problem = (value: string) => `${value} is not valid`) {
  return (issue: IssueLike) =>
    issue.input === undefined
      ? `is missing (expected ${expected})`
      : `${problem(describeValue(issue.input))} (expected ${expected})`;
}

/** One id of a fixed vocabulary (src/content-model/vocabularies.ts): `what` names a wrong value, "a way to meet". */
export function oneOf<V extends Readonly<Record<string, { label: string }>>>(
  vocabulary: V,
  what: string,
) {
  const ids = idsOf(vocabulary);
  return z.enum(ids, {
    error: expecting(`one of ${ids.join(', ')}`, (v) => `${v} is not ${what}`),
  });
}

/** Fields up to this long are names and labels, which refuse invisible formatting characters. */
const SHORT_FIELD = 200;

/**
 * Plain text of a bounded length, trimmed. Every text field is published, so none may hold an
 * email address or a phone number; short ones may not hold zero-width or bidi characters either.
 */
export function text(expected: string, { min = 1, max = 200 } = {}) {
  return z
    .string({ error: expecting(expected, (v) => `${v} is not text`) })
    .trim()
    .min(min, {
      error: (issue) =>
        (issue.input as string).length === 0
          ? `is empty (expected ${expected})`
          : `is too short (expected ${expected}, at least ${min} characters)`,
    })
    .max(max, {
      error: (issue) =>
        `is ${String((issue.input as string).length)} characters long (expected ${expected}, at most ${max} characters)`,
    })
    .superRefine((value, ctx) => {
      const invisible = max <= SHORT_FIELD ? invisibleFormatting(value) : undefined;
      if (invisible !== undefined)
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: invisibleFormattingMessage(invisible),
        });
      const found = personalDataIn(value)[0];
      if (found) ctx.addIssue({ code: 'custom', input: value, message: found.message });
    })
    .describe(sentence(expected));
}

/** Ids are lowercase words joined by hyphens, as used in URLs. */
export const id = z
  .string({ error: expecting('an id such as "human-resources"', (v) => `${v} is not an id`) })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: expecting(
      'an id of lowercase letters, digits and hyphens, such as "human-resources"',
      (v) => `${v} is not a valid id`,
    ),
  })
  .describe('An id: lowercase letters, digits and hyphens, such as "human-resources".');

/** A list of ids with no repeats. */
export function idList(expected: string, { min = 0, max = 50 } = {}) {
  return z
    .array(id, { error: expecting(`a list of ${expected}`, (v) => `${v} is not a list`) })
    .min(min, {
      error: (issue) =>
        `has ${(issue.input as unknown[]).length === 0 ? 'no' : 'too few'} entries (expected at least ${min}: ${expected})`,
    })
    .max(max, {
      error: (issue) =>
        `has ${String((issue.input as unknown[]).length)} entries (expected at most ${max} ${expected})`,
    })
    .refine((ids) => new Set(ids).size === ids.length, {
      error: `lists the same id twice (expected each of the ${expected} once)`,
    })
    .describe(sentence(`A list of ${expected}`));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD; YAML parsers may hand it over as a Date. */
export const isoDate = z
  .union(
    [
      z.string().regex(ISO_DATE, {
        error: expecting(
          'a date written YYYY-MM-DD, such as 2026-03-14',
          (v) => `${v} is not a date`,
        ),
      }),
      z.date(),
    ],
    {
      error: expecting(
        'a date written YYYY-MM-DD, such as 2026-03-14',
        (v) => `${v} is not a date`,
      ),
    },
  )
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const parsed = new Date(`${text}T00:00:00Z`);
    if (
      !ISO_DATE.test(text) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== text
    ) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `${describeValue(value)} is not a date (expected a date written YYYY-MM-DD, such as 2026-03-14)`,
      });
      return z.NEVER;
    }
    return text;
  })
  .describe('A date written YYYY-MM-DD, such as 2026-03-14.');

/** How a date is written, said after what the date means in a field's description. */
export const DATE_WRITTEN = 'a date written YYYY-MM-DD, such as 2026-03-14';

/** A date field that says what its date means: "<What>: a date written YYYY-MM-DD, ...". */
export const dateOf = (what: string) => isoDate.describe(sentence(`${what}: ${DATE_WRITTEN}`));

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock date and time without offset, such as 2026-03-10T13:00. The time zone comes from
 * the workshop or session. js-yaml turns an unquoted value with seconds into a UTC Date, whose UTC
 * fields are exactly what was typed.
 */
export const localDateTime = z
  .union(
    [
      z.string().regex(LOCAL_DATE_TIME, {
        error: expecting(
          'a date and time such as 2026-03-10T13:00, without a time zone offset',
          (v) => `${v} is not a local date and time`,
        ),
      }),
      z.date(),
    ],
    {
      error: expecting(
        'a local date and time such as 2026-03-10T13:00',
        (v) => `${v} is not a date and time`,
      ),
    },
  )
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 16) : value;
    const match = LOCAL_DATE_TIME.exec(text);
    const valid =
      match !== null &&
      Number(match[2]) < 24 &&
      Number(match[3]) < 60 &&
      new Date(`${match[1]}T00:00:00Z`).toISOString().slice(0, 10) === match[1];
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `${describeValue(value)} is not a local date and time (expected a date and time such as 2026-03-10T13:00, without a time zone offset)`,
      });
      return z.NEVER;
    }
    return text.slice(0, 16);
  })
  .describe('A local date and time without offset, such as 2026-03-10T13:00.');

/** How a date and time is written, said after what it means in a field's description. */
export const DATE_TIME_WRITTEN = 'a local date and time without offset, such as 2026-03-10T13:00';

/** A date-and-time field that says what it means: "<What>: a local date and time ...". */
export const dateTimeOf = (what: string) =>
  localDateTime.describe(sentence(`${what}: ${DATE_TIME_WRITTEN}`));

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/** An IANA time zone name such as America/New_York. */
export const timeZone = z
  .string({ error: expecting('a time zone name such as America/New_York') })
  .refine(isTimeZone, {
    error: expecting(
      'a time zone name such as America/New_York',
      (v) => `${v} is not a known time zone`,
    ),
  })
  .describe('An IANA time zone name, such as America/New_York.');

export const email = z
  .string({ error: expecting('an email address such as name@example.edu') })
  .trim()
  .pipe(z.email({ error: expecting('name@domain', (v) => `${v} is not a valid email address`) }))
  .describe('A work email address on an allowed domain, such as jlee@example.edu.');

/** A whole number within bounds. */
export function count(expected: string, { min, max }: { min: number; max: number }) {
  return z
    .number({ error: expecting(`${expected}, a whole number`, (v) => `${v} is not a number`) })
    .int({ error: expecting(`${expected}, a whole number`, (v) => `${v} is not a whole number`) })
    .min(min, {
      error: expecting(`${expected}, from ${min} to ${max}`, (v) => `${v} is too small`),
    })
    .max(max, {
      error: expecting(`${expected}, from ${min} to ${max}`, (v) => `${v} is too large`),
    })
    .describe(sentence(`${expected}, a whole number from ${min} to ${max}`));
}

/**
 * A yes/no field. `whether` says what true means; `whenOff`, if given, what switching it off does.
 * The description reads "True or false: whether X; false to Y." and the web editor turns it into a
 * switch's hint (cms-config.ts toggleHint), so the wording lives here only.
 */
export const yesNo = (whether: string, whenOff?: string) =>
  z
    .boolean({ error: expecting(`true or false: ${whether}`, (v) => `${v} is not true or false`) })
    .describe(sentence(`true or false: ${whether}${whenOff ? `; false to ${whenOff}` : ''}`));

/** An object that rejects unknown fields, so a typo such as `emial` never passes silently. */
export function entry<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const wrongType = expecting('a group of fields', (v) => `${v} is not a group of fields`);
  // Unknown keys are reported one by one, with a suggestion, by the validator.
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : wrongType(issue)),
  });
}
