/**
 * What `npm run new` writes: entries built from an editor's answers, checked with the same
 * schemas and rules as the build, and written as commented YAML.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { contactSchema, meetingFormats } from '../src/content-model/schemas/contact.ts';
import { groupSchema } from '../src/content-model/schemas/group.ts';
import { workshopKinds, workshopSchema } from '../src/content-model/schemas/workshop.ts';
import { sessionSchema, sessionStatuses } from '../src/content-model/schemas/session.ts';
import { entrySources } from '../src/content-model/sources.ts';
import type { LoadedContent } from '../src/content-model/validation/load-content.ts';
import { splitFrontmatter } from '../src/content-model/validation/yaml-source.ts';
import { suggest } from '../src/content-model/validation/suggest.ts';
import { sessionId, sessionTimeProblems } from '../src/shared/sessions.ts';

/** "Zoë Ramírez-Okafor" -> "zoe-ramirez-okafor" */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Comma-separated flag values: "budgeting, data-analysis" -> ["budgeting", "data-analysis"] */
export function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export class ScaffoldError extends Error {}

function checkIds(
  kind: string,
  values: readonly string[],
  known: readonly string[],
  file: string,
): string[] {
  return values
    .filter((value) => !known.includes(value))
    .map((value) => {
      const guess = suggest(value, known);
      return `"${value}" is not a known ${kind}${guess ? `; did you mean "${guess}"?` : ''} (expected one of the ids in ${file}: ${known.join(', ')})`;
    });
}

function checkTopicsAndGoals(
  content: LoadedContent,
  answers: { topics: readonly string[]; goals: readonly string[] },
): string[] {
  return [
    ...checkIds(
      'topic',
      answers.topics,
      content.taxonomies.topics.map((t) => t.id),
      'content/taxonomies/topics.yaml',
    ),
    ...checkIds(
      'goal',
      answers.goals,
      content.taxonomies.goals.map((g) => g.id),
      'content/taxonomies/goals.yaml',
    ),
  ];
}

function schemaErrors(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new ScaffoldError(problems.join('\n'));
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
  bio?: string | undefined;
  formats?: string[] | undefined;
  capacity?: number | undefined;
  languages?: string[] | undefined;
}

export function newContact(
  root: string,
  content: LoadedContent,
  answers: ContactAnswers,
  today: string,
): { file: string; text: string; filledIn: string[] } {
  const slug = slugify(answers.name);
  const file = `${entrySources.contacts.dir}/${slug}.yaml`;
  const { departments, locations, topics, goals } = content.taxonomies;
  const problems: string[] = [];
  if (!slug)
    problems.push(
      `"${answers.name}" cannot be made into a file name (expected a name with letters or digits)`,
    );
  if (slug === 'page')
    problems.push('"page" is a name the site uses for its own pages (expected another name)');
  if (existsSync(join(root, file)))
    problems.push(
      `${file} already exists: is this person already listed? (expected a new person, or edit that file instead)`,
    );
  const duplicate = content.entries.contacts.find(
    (contact) => contact.data.email.toLowerCase() === answers.email.trim().toLowerCase(),
  );
  if (duplicate)
    problems.push(
      `${answers.email} is already used by ${duplicate.file} (expected each contact to have their own email address)`,
    );
  const location = answers.location ?? locations[0]?.id ?? '';
  problems.push(
    ...checkIds(
      'department',
      [answers.department],
      departments.map((d) => d.id),
      'content/taxonomies/departments.yaml',
    ),
    ...checkIds(
      'location',
      [location],
      locations.map((l) => l.id),
      'content/taxonomies/locations.yaml',
    ),
    ...checkIds(
      'topic',
      answers.topics,
      topics.map((t) => t.id),
      'content/taxonomies/topics.yaml',
    ),
    ...checkIds(
      'goal',
      answers.goals,
      goals.map((g) => g.id),
      'content/taxonomies/goals.yaml',
    ),
  );
  const domains = content.config?.contacts.emailDomains ?? [];
  const domain = answers.email.trim().toLowerCase().split('@')[1] ?? '';
  if (domains.length > 0 && !domains.includes(domain))
    problems.push(
      `${answers.email} is not on an allowed domain (expected an address ending in ${domains.map((d) => `@${d}`).join(' or ')})`,
    );
  fail(problems);

  const departmentName =
    departments.find((d) => d.id === answers.department)?.data.name ?? answers.department;
  const data: Record<string, unknown> = {
    name: answers.name.trim(),
    ...(answers.pronouns ? { pronouns: answers.pronouns.trim() } : {}),
    title: answers.title.trim(),
    department: answers.department,
    location,
    email: answers.email.trim(),
    bio:
      answers.bio?.trim() ||
      `${answers.name.trim()} works as ${answers.title.trim()} in ${departmentName}.`,
    askMeAbout: answers.topics,
    helpsWith: answers.goals,
    careerPath: [],
    languages: answers.languages?.length ? answers.languages : ['English'],
    formats: answers.formats?.length ? answers.formats : ['video', 'in-person'],
    capacity: answers.capacity ?? 2,
    accepting: true,
    confirmed: today,
  };
  fail(schemaErrors(contactSchema, data));
  // Values the person has not given yet: the editor must check them with the person.
  const filledIn = [
    answers.location ? '' : 'location',
    answers.bio?.trim() ? '' : 'bio',
    answers.formats?.length ? '' : 'formats',
    answers.capacity ? '' : 'capacity',
  ].filter(Boolean);
  const text = commentedYaml('../../schemas/contact.schema.json', data, {
    name: 'The name the person wants shown. The file name comes from it.',
    pronouns: 'Optional, only if the person asked for them to be shown.',
    title: 'Their job title.',
    department: `A department id from content/taxonomies/departments.yaml.`,
    location: `Where they work: ${locations.map((l) => l.id).join(', ')}.`,
    email: 'Their work email. Requests are sent here; it is never put in the search index.',
    bio: 'One to three sentences the person has approved. No phone numbers.',
    askMeAbout: 'Topic ids from content/taxonomies/topics.yaml, 1 to 8.',
    helpsWith: 'Goal ids from content/taxonomies/goals.yaml: what they can help people find out.',
    careerPath:
      'Earlier roles, for example: - { title: Research Administrator, organization: Sponsored Programs, years: "2015-2019" }',
    languages: 'Languages they are happy to talk in.',
    formats: `Ways to meet: ${meetingFormats.join(', ')}.`,
    capacity: 'Conversations a month they are willing to have.',
    accepting: 'false pauses requests without removing them from the directory.',
    confirmed:
      'The date they last agreed to be listed. Listings expire after the re-confirmation period.',
  });
  return { file, text, filledIn };
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
  answers: GroupAnswers,
): { file: string; text: string } {
  const slug = slugify(answers.name);
  const file = `${entrySources.groups.dir}/${slug}.yaml`;
  const problems: string[] = [];
  if (!slug)
    problems.push(
      `"${answers.name}" cannot be made into a file name (expected a name with letters or digits)`,
    );
  if (existsSync(join(root, file)))
    problems.push(`${file} already exists (expected a new group, or edit that file instead)`);
  problems.push(...checkTopicsAndGoals(content, answers));
  fail(problems);
  const data = {
    name: answers.name.trim(),
    summary: answers.summary.trim(),
    audience: answers.audience.trim(),
    cadence: answers.cadence.trim(),
    join: { url: answers.joinUrl.trim(), label: answers.joinLabel?.trim() || 'Join the group' },
    topics: answers.topics,
    goals: answers.goals,
  };
  fail(schemaErrors(groupSchema, data));
  const text = commentedYaml('../../schemas/group.schema.json', data, {
    name: 'The group name. The file name comes from it.',
    summary: 'One or two sentences on what the group is.',
    audience: 'Who it is for.',
    cadence: 'When it meets.',
    join: 'How to join: an https link and its text.',
    topics: 'Topic ids from content/taxonomies/topics.yaml.',
    goals: 'Goal ids from content/taxonomies/goals.yaml.',
  });
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
  answers: SessionAnswers,
): { file: string; text: string } {
  const workshops = content.entries.workshops;
  const workshop = workshops.find((entry) => entry.id === answers.workshop);
  if (!workshop) {
    const guess = suggest(
      answers.workshop,
      workshops.map((w) => w.id),
    );
    throw new ScaffoldError(
      `"${answers.workshop}" is not a workshop${guess ? `; did you mean "${guess}"?` : ''} (expected one of: ${workshops.map((w) => w.id).join(', ')})`,
    );
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
  const problems = schemaErrors(sessionSchema, session);
  if (problems.length === 0) {
    problems.push(
      ...sessionTimeProblems(answers, workshop.data.timezone).map(
        ({ field, message }) => `${field}: ${message}`,
      ),
    );
    const id = sessionId({ start: answers.start, previousStart: answers.previousStart });
    if (workshop.data.sessions.some((existing) => sessionId(existing) === id)) {
      problems.push(
        `start: ${workshop.file} already has this session (expected a new date; to move a session, edit its start and set previousStart)`,
      );
    }
  }
  if (problems.length > 0)
    throw new ScaffoldError(
      `${problems.join('\n')}\n(status is one of ${sessionStatuses.join(', ')})`,
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
  return { file: workshop.file, text: `---\n${yamlText}\n---\n${fileText.slice(frontmatter.end)}` };
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
  answers: WorkshopAnswers,
  registrationSystem: string,
): { file: string; text: string } {
  const slug = slugify(answers.title);
  const file = `${entrySources.workshops.dir}/${slug}.md`;
  const problems: string[] = [];
  if (!slug)
    problems.push(
      `"${answers.title}" cannot be made into a file name (expected a title with letters or digits)`,
    );
  if (existsSync(join(root, file)))
    problems.push(
      `${file} already exists (expected a new workshop, or add a session to it with npm run new -- session)`,
    );
  if (!(workshopKinds as readonly string[]).includes(answers.kind))
    problems.push(
      `"${answers.kind}" is not a kind of event (expected ${workshopKinds.join(' or ')})`,
    );
  problems.push(...checkTopicsAndGoals(content, answers));
  const hosts = content.config?.registration.hosts ?? [];
  const host = URL.canParse(answers.registrationUrl)
    ? new URL(answers.registrationUrl).hostname
    : '';
  if (hosts.length > 0 && !hosts.includes(host))
    problems.push(
      `${answers.registrationUrl} is not on an allowed registration host (expected a link to ${hosts.join(' or ')})`,
    );
  fail(problems);
  const data = {
    kind: answers.kind,
    title: answers.title.trim(),
    summary: answers.summary.trim(),
    audience: answers.audience.trim(),
    objectives: answers.objectives,
    format: answers.format.trim(),
    facilitator: answers.facilitator.trim(),
    duration: answers.duration.trim(),
    timezone: answers.timezone,
    topics: answers.topics,
    goals: answers.goals,
    sessions: [],
    registration: {
      url: answers.registrationUrl.trim(),
      label: answers.registrationLabel?.trim() || `Register in ${registrationSystem}`,
    },
  };
  fail(schemaErrors(workshopSchema, data));
  const yamlText = commentedYaml('../../schemas/workshop.schema.json', data, {
    kind: `${workshopKinds.join(' or ')}.`,
    objectives: 'What participants will be able to do.',
    timezone: 'The IANA time zone of the sessions, such as America/New_York.',
    sessions: 'Add sessions with: npm run new -- session --workshop ' + slug,
    registration:
      'The page in the registration system. Only the hosts in site.config.yaml are allowed.',
  }).replace(/^# yaml-language-server:.*\n/, '');
  const body = [
    answers.summary.trim(),
    '',
    '## What you will learn',
    '',
    ...answers.objectives.map((objective) => `- ${objective}`),
    '',
  ].join('\n');
  return { file, text: `---\n${yamlText.trimEnd()}\n---\n\n${body}` };
}
