/**
 * What `npm run new` asks for each kind of entry: the flag that answers it, the question, and the
 * fields of the entry the answer fills, so a refusal of those fields asks the question again.
 */
import type { Kind } from './new-options.ts';
import { taxonomyOf, type TaxonomyName } from '../src/content-model/taxonomies.ts';
import type { LoadedContent } from '../src/content-model/validation/load-content.ts';
import {
  MEETING_FORMATS,
  SESSION_STATUSES,
  WORKSHOP_KINDS,
  type Vocabulary,
} from '../src/content-model/vocabularies.ts';

export interface Choice {
  id: string;
  label: string;
}

export interface Field {
  /** The key in the answers handed to the scaffolder. */
  key: string;
  flag: string;
  question: string;
  /** 'always': may be left out; 'flag': may be left out as a flag, but is asked for as a question. */
  optional?: 'always' | 'flag';
  /** Said once before the question, to explain what a good answer is. */
  explain?: string;
  choices?: Choice[];
  /** How the typed text becomes the answer: a comma list, a |-separated list, or a number. */
  read?: 'list' | 'objectives' | 'number';
  /** The entry's fields the answer fills; "" is the file itself, named from this answer. */
  fields: string[];
}

export const KIND_CHOICES: Choice[] = [
  { id: 'contact', label: 'a person who agreed to be a network contact' },
  { id: 'workshop', label: 'a workshop or networking event' },
  { id: 'session', label: 'a date for a workshop already listed' },
  { id: 'group', label: 'an employee group' },
];

const vocabulary = (words: Vocabulary): Choice[] =>
  Object.entries(words).map(([id, { label }]) => ({ id, label }));

export function fieldsOf(kind: Kind, content: LoadedContent): Field[] {
  const terms = (name: TaxonomyName): Choice[] =>
    content.taxonomies[name].map((term) => ({
      id: term.id,
      label: taxonomyOf(name).termName(term.data),
    }));
  const topics = (optional?: 'always'): Field => ({
    key: 'topics',
    flag: 'topics',
    question: 'Topics (numbers or ids, comma-separated)',
    choices: terms('topics'),
    read: 'list',
    fields: [kind === 'contact' ? 'askMeAbout' : 'topics'],
    ...(optional ? { optional } : {}),
  });
  const goals = (optional?: 'always'): Field => ({
    key: 'goals',
    flag: 'goals',
    question: 'What they can help people find out (numbers or ids, comma-separated)',
    choices: terms('goals'),
    read: 'list',
    fields: [kind === 'contact' ? 'helpsWith' : 'goals'],
    ...(optional ? { optional } : {}),
  });
  if (kind === 'contact')
    return [
      { key: 'name', flag: 'name', question: 'Full name', fields: ['name', ''] },
      {
        key: 'pronouns',
        flag: 'pronouns',
        question: 'Pronouns',
        optional: 'always',
        fields: ['pronouns'],
      },
      {
        key: 'knownAs',
        flag: 'known-as',
        question: 'The name to greet them by, if not the first word of their name',
        optional: 'always',
        fields: ['knownAs'],
      },
      { key: 'title', flag: 'title', question: 'Job title', fields: ['title'] },
      {
        key: 'department',
        flag: 'department',
        question: 'Department (number or id)',
        choices: terms('departments'),
        fields: ['department'],
      },
      {
        key: 'location',
        flag: 'location',
        question: 'Location (number or id)',
        optional: 'flag',
        choices: terms('locations'),
        fields: ['location'],
      },
      { key: 'email', flag: 'email', question: 'Work email', fields: ['email'] },
      { ...topics(), question: 'Topics they can be asked about (numbers or ids, comma-separated)' },
      goals(),
      {
        key: 'notFor',
        flag: 'not-for',
        question: 'What they would rather not be asked about, if they said',
        optional: 'always',
        explain:
          'Shown on the profile after "Please don\'t ask me about", such as "individual salary questions".',
        fields: ['notFor'],
      },
      {
        key: 'bio',
        flag: 'bio',
        question: 'Bio',
        optional: 'flag',
        explain:
          'The bio is published as the person wrote or approved it: one to three sentences, no phone numbers or email addresses.',
        fields: ['bio'],
      },
      {
        key: 'formats',
        flag: 'formats',
        question: 'Ways to meet (numbers or ids, comma-separated)',
        optional: 'flag',
        choices: vocabulary(MEETING_FORMATS),
        read: 'list',
        fields: ['formats'],
      },
      {
        key: 'capacity',
        flag: 'capacity',
        question: 'Conversations a month they are willing to have (a number)',
        optional: 'flag',
        read: 'number',
        fields: ['capacity'],
      },
      {
        key: 'languages',
        flag: 'languages',
        question: 'Languages they are happy to talk in, comma-separated; empty for English',
        optional: 'always',
        read: 'list',
        fields: ['languages'],
      },
    ];
  if (kind === 'group')
    return [
      { key: 'name', flag: 'name', question: 'Group name', fields: ['name', ''] },
      {
        key: 'summary',
        flag: 'summary',
        question: 'What the group is, in a sentence or two',
        fields: ['summary'],
      },
      { key: 'audience', flag: 'audience', question: 'Who it is for', fields: ['audience'] },
      { key: 'cadence', flag: 'cadence', question: 'When it meets', fields: ['cadence'] },
      {
        key: 'joinUrl',
        flag: 'join-url',
        question: 'How to join: an https link',
        fields: ['join.url', 'join'],
      },
      {
        key: 'joinLabel',
        flag: 'join-label',
        question: 'Link text',
        optional: 'always',
        fields: ['join.label'],
      },
      topics('always'),
      { ...goals('always'), question: 'Goals (numbers or ids, comma-separated)' },
    ];
  if (kind === 'workshop')
    return [
      {
        key: 'kind',
        flag: 'kind',
        question: 'Kind (number or id)',
        choices: vocabulary(WORKSHOP_KINDS),
        fields: ['kind'],
      },
      { key: 'title', flag: 'title', question: 'Title', fields: ['title', ''] },
      {
        key: 'summary',
        flag: 'summary',
        question: 'Summary: one or two sentences',
        fields: ['summary'],
      },
      { key: 'audience', flag: 'audience', question: 'Who it is for', fields: ['audience'] },
      {
        key: 'objectives',
        flag: 'objectives',
        question: 'Objectives, separated by |',
        read: 'objectives',
        fields: ['objectives'],
      },
      {
        key: 'format',
        flag: 'format',
        question: 'Format, such as "In person, interactive"',
        fields: ['format'],
      },
      {
        key: 'facilitator',
        flag: 'facilitator',
        question: 'Who leads it',
        fields: ['facilitator'],
      },
      { key: 'duration', flag: 'duration', question: 'How long it lasts', fields: ['duration'] },
      {
        key: 'timezone',
        flag: 'timezone',
        question: 'Time zone, such as America/New_York',
        fields: ['timezone'],
      },
      {
        key: 'registrationUrl',
        flag: 'registration-url',
        question: 'Registration link (https)',
        fields: ['registration.url', 'registration'],
      },
      {
        key: 'registrationLabel',
        flag: 'registration-label',
        question: 'Registration link text',
        optional: 'always',
        fields: ['registration.label'],
      },
      topics('always'),
      { ...goals('always'), question: 'Goals (numbers or ids, comma-separated)' },
    ];
  const optional = (key: string, flag: string, question: string): Field => ({
    key,
    flag,
    question,
    optional: 'always',
    fields: [key],
  });
  return [
    {
      key: 'workshop',
      flag: 'workshop',
      question: 'Workshop (number or id)',
      choices: content.entries.workshops.map((w) => ({ id: w.id, label: w.data.title })),
      fields: ['workshop'],
    },
    {
      key: 'start',
      flag: 'start',
      question: 'Start, local time, such as 2027-05-04T13:00',
      fields: ['start', ''],
    },
    {
      key: 'end',
      flag: 'end',
      question: 'End, local time, such as 2027-05-04T16:00',
      fields: ['end'],
    },
    // A session needs a place or an online note: that is checked once both are answered.
    { ...optional('location', 'location', 'Room and building'), fields: [] },
    { ...optional('online', 'online', 'How to join online'), fields: ['online', 'location'] },
    {
      ...optional('status', 'status', 'Status, number or id; empty for scheduled'),
      choices: vocabulary(SESSION_STATUSES),
    },
    optional('previousStart', 'previous-start', 'Original start, if rescheduled'),
    optional('timezone', 'timezone', "Time zone, if not the workshop's"),
    optional('note', 'note', 'A short note'),
  ];
}

/**
 * Valid values for the fields not answered yet, used only to check an answer as soon as it is
 * typed: the validator's rules across entries (an email's domain, a repeat) run on a whole entry.
 * They are never written.
 */
export function standIns(kind: Kind, content: LoadedContent): Record<string, unknown> {
  const host = content.config?.registration.hosts[0] ?? 'example.edu';
  const first = (name: TaxonomyName) => content.taxonomies[name][0]?.id;
  if (kind === 'contact')
    return {
      name: 'Stand In',
      title: 'Stand-in title',
      department: first('departments'),
      location: first('locations'),
      email: `stand.in.for.checking@${content.config?.contacts.emailDomains[0] ?? 'example.edu'}`,
      topics: [first('topics')],
      goals: [first('goals')],
      bio: 'A stand-in bio, used only to check the answers given so far.',
      formats: ['video'],
      capacity: 1,
    };
  const text = 'A stand-in text, used only to check the answers given so far.';
  if (kind === 'group')
    return {
      name: 'Stand In Group',
      summary: text,
      audience: text,
      cadence: text,
      joinUrl: `https://${host}/stand-in`,
    };
  if (kind === 'workshop')
    return {
      kind: 'workshop',
      title: 'Stand In Workshop',
      summary: text,
      audience: text,
      objectives: [text],
      format: text,
      facilitator: text,
      duration: '1 hour',
      timezone: 'America/New_York',
      registrationUrl: `https://${host}/stand-in`,
    };
  return { start: '2099-01-05T10:00', end: '2099-01-05T11:00', location: text };
}
