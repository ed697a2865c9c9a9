/**
 * What `npm run new` writes: entries built from an editor's answers, checked before writing by
 * the validator itself (schemas and cross-entry rules, with its messages), written as commented
 * YAML.
 */
import { lstatSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { BIO_PLACEHOLDER } from '../src/content-model/schemas/contact.ts';
import { entrySources, type EntryCollectionName } from '../src/content-model/sources.ts';
import { TAXONOMIES } from '../src/content-model/taxonomies.ts';
import { idsOf, MEETING_FORMATS, WORKSHOP_KINDS } from '../src/content-model/vocabularies.ts';
import { slugify } from '../src/content-model/validation/entry-file-name.ts';
import type { LoadedContent } from '../src/content-model/validation/load-content.ts';
import { newEntryProblems } from '../src/content-model/validation/new-entry.ts';
import type { Problem } from '../src/content-model/validation/problem.ts';
import { splitFrontmatter } from '../src/content-model/validation/yaml-source.ts';
import { suggest } from '../src/content-model/validation/suggest.ts';
import { terminalLine } from '../src/content-model/validation/terminal-text.ts';

export { slugify };

/** Comma-separated flag values: "budgeting, data-analysis" -> ["budgeting", "data-analysis"] */
export function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** One reason an entry is refused: the field it is about ("" for the file), and the line to show. */
export interface Refusal {
  field: string;
  text: string;
}

export class ScaffoldError extends Error {
  readonly refusals: readonly Refusal[];
  constructor(message: string, refusals: readonly Refusal[] = [{ field: '', text: message }]) {
    super(message);
    this.refusals = refusals;
  }
}

/** The validator's problem as the editor reads it: nothing is written yet, so no line number. */
const describe = (problem: Problem, field = problem.field): Refusal => ({
  field,
  text: problem.field
    ? `${problem.field}: ${problem.message}`
    : `${problem.file} ${problem.message}`,
});

function refuse(refusals: readonly (Refusal | string)[]): void {
  const all = refusals.map((refusal) =>
    typeof refusal === 'string' ? { field: '', text: refusal } : refusal,
  );
  // One line each, whatever the answers or the content hold.
  if (all.length > 0)
    throw new ScaffoldError(all.map((refusal) => terminalLine(refusal.text)).join('\n'), all);
}

const STAND_IN_BIO = 'A stand-in bio, used only to check the other fields before writing.';

/** `data` without the fields not answered yet, so a draft is checked only on what it holds. */
const answered = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

/** Refuses an entry the validator would reject, with the validator's messages. */
function validate(
  content: LoadedContent,
  collection: EntryCollectionName,
  fileName: string,
  text: string,
  today: string,
  only: (problem: Problem) => boolean = () => true,
  fieldOf: (problem: Problem) => string = (problem) => problem.field,
): void {
  refuse(
    newEntryProblems(content, collection, fileName, text, today)
      .filter(only)
      .map((problem) => describe(problem, fieldOf(problem))),
  );
}

/** A new entry's file in `collection`, refused when it cannot be named or is already there. */
function newFile(root: string, collection: EntryCollectionName, name: string, what: string) {
  const slug = slugify(name);
  const fileName = `${slug}${entrySources[collection].extensions[0]}`;
  const file = `${entrySources[collection].dir}/${fileName}`;
  if (!slug)
    refuse([`"${name}" cannot be made into a file name (expected ${what} with letters or digits)`]);
  // lstat: a link by that name, even one pointing nowhere, is there too, and must not be written through.
  const exists = lstatSync(join(root, file), { throwIfNoEntry: false }) !== undefined;
  return { slug, fileName, file, exists };
}

/** A YAML document with the schema line first and a comment above each field. */
function commentedYaml(
  schemaPath: string,
  data: Record<string, unknown>,
  comments: Record<string, string>,
): string {
  const doc = new Document(data);
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && comments[String(pair.key.value)])
        pair.key.commentBefore = ` ${comments[String(pair.key.value)]}`;
    }
  }
  return doc.toString({ lineWidth: 0 }).replace(/^(# yaml-language-server:.*)\n\n/, '$1\n');
}

export interface ContactAnswers {
  name: string;
  title: string;
  department: string;
  email: string;
  topics: string[];
  goals: string[];
  location?: string | undefined;
  pronouns?: string | undefined;
  knownAs?: string | undefined;
  notFor?: string | undefined;
  bio?: string | undefined;
  formats?: string[] | undefined;
  capacity?: number | undefined;
  languages?: string[] | undefined;
}

/** Answers an editor may still be giving, one question at a time: checked as far as they go. */
export type Draft<Answers> = { [Field in keyof Answers]?: Answers[Field] | undefined };

export function newContact(
  root: string,
  content: LoadedContent,
  answers: Draft<ContactAnswers>,
  today: string,
): { file: string; text: string; filledIn: string[]; placeholders: string[] } {
  const name = answers.name?.trim() ?? 'New Contact';
  const { fileName, file, exists } = newFile(root, 'contacts', name, 'a name');
  if (exists)
    refuse([
      `${file} already exists: is this person already listed? (expected a new person, or edit that file instead)`,
    ]);
  const { locations } = content.taxonomies;
  const location = answers.location ?? locations[0]?.id ?? '';
  // Text about a person is theirs to give: without it, a marked placeholder validate refuses.
  const bio = answers.bio?.trim() || BIO_PLACEHOLDER;
  const data: Record<string, unknown> = answered({
    name: answers.name?.trim(),
    ...(answers.knownAs?.trim() ? { knownAs: answers.knownAs.trim() } : {}),
    ...(answers.pronouns ? { pronouns: answers.pronouns.trim() } : {}),
    title: answers.title?.trim(),
    department: answers.department,
    location,
    email: answers.email?.trim(),
    bio,
    askMeAbout: answers.topics,
    helpsWith: answers.goals,
    ...(answers.notFor?.trim() ? { notFor: answers.notFor.trim() } : {}),
    careerPath: [],
    languages: answers.languages?.length ? answers.languages : ['English'],
    formats: answers.formats?.length ? answers.formats : ['video', 'in-person'],
    capacity: answers.capacity ?? 2,
    accepting: true,
    confirmed: today,
  });
  // Values the person has not given yet: the editor must check them with the person.
  const filledIn = [
    answers.location ? '' : 'location',
    answers.formats?.length ? '' : 'formats',
    answers.capacity ? '' : 'capacity',
  ].filter(Boolean);
  const contactYaml = (fields: Record<string, unknown>) =>
    commentedYaml('../../schemas/contact.schema.json', fields, {
      name: 'The name the person wants shown. The file name comes from it.',
      knownAs: 'Optional: the name a request greets them by, if not the first word of their name.',
      pronouns: 'Optional, only if the person asked for them to be shown.',
      title: 'Their job title.',
      department: `A department id from ${TAXONOMIES.departments.file}.`,
      location: `Where they work: ${locations.map((l) => l.id).join(', ')}.`,
      email: 'Their work email. Requests are sent here; it is never put in the search index.',
      bio: 'One to three sentences the person has approved. No phone numbers.',
      askMeAbout: `Topic ids from ${TAXONOMIES.topics.file}, 1 to 8.`,
      helpsWith: `Goal ids from ${TAXONOMIES.goals.file}: what they can help people find out.`,
      notFor: 'Optional: what they would rather not be asked about, shown on their profile.',
      careerPath:
        'Earlier roles, for example: - { title: Research Administrator, organization: Sponsored Programs, years: "2015-2019" }',
      languages: 'Languages they are happy to talk in.',
      formats: `Ways to meet: ${idsOf(MEETING_FORMATS).join(', ')}.`,
      capacity: 'Conversations a month they are willing to have.',
      accepting: 'false pauses requests without removing them from the directory.',
      confirmed:
        'The date they last agreed to be listed. Listings expire after the re-confirmation period.',
    });
  const text = contactYaml(data);
  const placeholders = answers.bio?.trim() ? [] : ['bio'];
  // The placeholder is written on purpose, for the editor to replace, and validate refuses it
  // then. Everything else is checked now, with a stand-in bio that lets the rules across entries
  // (the email's domain, a repeat) run as they will once the bio is there.
  const checked = placeholders.length > 0 ? contactYaml({ ...data, bio: STAND_IN_BIO }) : text;
  validate(content, 'contacts', fileName, checked, today);
  return { file, text, filledIn, placeholders };
}

export interface GroupAnswers {
  name: string;
  summary: string;
  audience: string;
  cadence: string;
  joinUrl: string;
  joinLabel?: string | undefined;
  topics: string[];
  goals: string[];
}

export function newGroup(
  root: string,
  content: LoadedContent,
  answers: Draft<GroupAnswers>,
  today: string,
): { file: string; text: string } {
  const { fileName, file, exists } = newFile(
    root,
    'groups',
    answers.name?.trim() ?? 'New Group',
    'a name',
  );
  if (exists) refuse([`${file} already exists (expected a new group, or edit that file instead)`]);
  const data = answered({
    name: answers.name?.trim(),
    summary: answers.summary?.trim(),
    audience: answers.audience?.trim(),
    cadence: answers.cadence?.trim(),
    join: answered({
      url: answers.joinUrl?.trim(),
      label: answers.joinLabel?.trim() || 'Join the group',
    }),
    topics: answers.topics ?? [],
    goals: answers.goals ?? [],
  });
  const text = commentedYaml('../../schemas/group.schema.json', data, {
    name: 'The group name. The file name comes from it.',
    summary: 'One or two sentences on what the group is.',
    audience: 'Who it is for.',
    cadence: 'When it meets.',
    join: 'How to join: an https link and its text.',
    topics: `Topic ids from ${TAXONOMIES.topics.file}.`,
    goals: `Goal ids from ${TAXONOMIES.goals.file}.`,
  });
  validate(content, 'groups', fileName, text, today);
  return { file, text };
}

export interface SessionAnswers {
  workshop: string;
  start: string;
  end: string;
  location?: string | undefined;
  online?: string | undefined;
  status?: string | undefined;
  previousStart?: string | undefined;
  timezone?: string | undefined;
  note?: string | undefined;
}

/** The workshop file with one more session, its comments and layout kept. */
export function addSession(
  content: LoadedContent,
  fileText: string,
  answers: Draft<SessionAnswers>,
  today: string,
): { file: string; text: string } {
  const workshops = content.entries.workshops;
  const workshop = workshops.find((entry) => entry.id === answers.workshop);
  if (!workshop) {
    const guess = suggest(
      answers.workshop ?? '',
      workshops.map((w) => w.id),
    );
    refuse([
      {
        field: 'workshop',
        text: `"${answers.workshop ?? ''}" is not a workshop${guess ? `; did you mean "${guess}"?` : ''} (expected one of: ${workshops.map((w) => w.id).join(', ')})`,
      },
    ]);
    throw new Error('unreachable: refuse throws');
  }
  const session = Object.fromEntries(
    Object.entries({
      start: answers.start,
      end: answers.end,
      timezone: answers.timezone,
      location: answers.location,
      online: answers.online,
      status: answers.status ?? 'scheduled',
      previousStart: answers.previousStart,
      note: answers.note,
    }).filter(([, value]) => value !== undefined && value !== ''),
  );

  const frontmatter = splitFrontmatter(fileText);
  if (!frontmatter)
    throw new ScaffoldError(`${workshop.file} has no frontmatter (expected it to start with ---)`);
  const doc = parseDocument(frontmatter.yaml);
  const sessions = doc.get('sessions', true);
  const node = doc.createNode(session);
  // Quoted like the other sessions, so no YAML reader mistakes a date-time for a timestamp.
  for (const key of ['start', 'end', 'previousStart']) {
    const value = node.get(key, true);
    if (isScalar(value)) value.type = 'QUOTE_DOUBLE';
  }
  if (isSeq(sessions)) sessions.add(node);
  else doc.set('sessions', doc.createNode([node]));
  const yamlText = doc.toString({ lineWidth: 0 }).trimEnd();
  const text = `---\n${yamlText}\n---\n${fileText.slice(frontmatter.end)}`;
  // Only what is wrong with the new session: the rest of the file is the editor's own business.
  const added = `sessions[${workshop.data.sessions.length}]`;
  validate(
    content,
    'workshops',
    basename(workshop.file),
    text,
    today,
    (problem) => problem.field.startsWith(added),
    // Named as the session's own fields, as the questions about it are.
    (problem) => problem.field.slice(added.length).replace(/^\./, ''),
  );
  return { file: workshop.file, text };
}

export interface WorkshopAnswers {
  kind: string;
  title: string;
  summary: string;
  audience: string;
  objectives: string[];
  format: string;
  facilitator: string;
  duration: string;
  timezone: string;
  registrationUrl: string;
  registrationLabel?: string | undefined;
  topics: string[];
  goals: string[];
}

/** A workshop or networking event with no sessions yet: add them with `npm run new -- session`. */
export function newWorkshop(
  root: string,
  content: LoadedContent,
  answers: Draft<WorkshopAnswers>,
  registrationSystem: string,
  today: string,
): { file: string; text: string } {
  const { slug, fileName, file, exists } = newFile(
    root,
    'workshops',
    answers.title?.trim() ?? 'New Workshop',
    'a title',
  );
  if (exists)
    refuse([
      `${file} already exists (expected a new workshop, or add a session to it with npm run new -- session)`,
    ]);
  const data = answered({
    kind: answers.kind,
    title: answers.title?.trim(),
    summary: answers.summary?.trim(),
    audience: answers.audience?.trim(),
    objectives: answers.objectives,
    format: answers.format?.trim(),
    facilitator: answers.facilitator?.trim(),
    duration: answers.duration?.trim(),
    timezone: answers.timezone,
    topics: answers.topics ?? [],
    goals: answers.goals ?? [],
    sessions: [],
    registration: answered({
      url: answers.registrationUrl?.trim(),
      label: answers.registrationLabel?.trim() || `Register in ${registrationSystem}`,
    }),
  });
  const yamlText = commentedYaml('../../schemas/workshop.schema.json', data, {
    kind: `${idsOf(WORKSHOP_KINDS).join(' or ')}.`,
    objectives: 'What participants will be able to do.',
    timezone: 'The IANA time zone of the sessions, such as America/New_York.',
    sessions: 'Add sessions with: npm run new -- session --workshop ' + slug,
    registration:
      'The page in the registration system. Only the hosts in site.config.yaml are allowed.',
  }).replace(/^# yaml-language-server:.*\n/, '');
  // The body is made of the editor's own answers only: nothing is written that they did not give.
  const body = [
    answers.summary?.trim() ?? '',
    '',
    '## What you will learn',
    '',
    ...(answers.objectives ?? []).map((objective) => `- ${objective}`),
    '',
  ].join('\n');
  const text = `---\n${yamlText.trimEnd()}\n---\n\n${body}`;
  validate(content, 'workshops', fileName, text, today);
  return { file, text };
}
