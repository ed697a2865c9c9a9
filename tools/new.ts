/**
 * npm run new -- <contact|workshop|session|group> [--flags]
 * Creates a valid, commented entry. In a terminal it asks for what the flags leave out, offering
 * the known ids; without one, missing required flags are an error. Exits 1 when it refuses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { addSession, list, newContact, newGroup, newWorkshop, ScaffoldError } from './scaffold.ts';
import { today } from '../src/content-model/clock.ts';
import { taxonomyOf, type TaxonomyName } from '../src/content-model/taxonomies.ts';
import { readContentFile } from '../src/content-model/validation/content-file.ts';
import { loadContent } from '../src/content-model/validation/load-content.ts';
import { terminalLine, terminalLines } from '../src/content-model/validation/terminal-text.ts';

const USAGE = `Usage: npm run new -- <kind> [options]

  contact   --name --title --department --email --topics a,b --goals a,b
            [--location] [--pronouns] [--bio] [--formats a,b] [--capacity n] [--languages a,b]
  workshop  --title --kind workshop|networking-event --summary --audience --objectives "a|b"
            --format --facilitator --duration --timezone --registration-url [--registration-label]
            [--topics a,b] [--goals a,b]
  session   --workshop <slug> --start 2027-05-04T13:00 --end 2027-05-04T16:00
            [--location] [--online] [--status] [--previous-start] [--timezone] [--note]
  group     --name --summary --audience --cadence --join-url [--join-label] [--topics a,b] [--goals a,b]

Run it in a terminal without options to be asked for each field.`;

const root = process.cwd();
const { positionals, values: flags } = parseArgs({
  allowPositionals: true,
  options: Object.fromEntries(
    [
      'name',
      'title',
      'department',
      'email',
      'topics',
      'goals',
      'location',
      'pronouns',
      'bio',
      'formats',
      'capacity',
      'languages',
      'kind',
      'summary',
      'audience',
      'objectives',
      'format',
      'facilitator',
      'duration',
      'timezone',
      'registration-url',
      'registration-label',
      'workshop',
      'start',
      'end',
      'online',
      'status',
      'previous-start',
      'note',
      'cadence',
      'join-url',
      'join-label',
    ].map((name) => [name, { type: 'string' as const }]),
  ),
});

const kind = positionals[0];
if (!kind || !['contact', 'workshop', 'session', 'group'].includes(kind)) {
  console.error(USAGE);
  process.exit(2);
}

const content = loadContent(root);
const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const prompt = interactive
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;

/** A flag's value, or the answer to a question in a terminal; `choices` are offered as a numbered list. */
async function ask(
  flag: string,
  question: string,
  {
    required = true,
    choices,
  }: { required?: boolean; choices?: { id: string; label: string }[] } = {},
) {
  const given = flags[flag];
  if (given !== undefined) return given;
  if (!prompt) {
    if (required)
      throw new ScaffoldError(`--${flag} is missing (expected ${question.toLowerCase()})`);
    return undefined;
  }
  if (choices)
    choices.forEach((choice, index) =>
      console.log(terminalLine(`  ${index + 1}. ${choice.id} (${choice.label})`)),
    );
  for (;;) {
    const answer = (await prompt.question(`${question}${required ? '' : ' (optional)'}: `)).trim();
    if (!answer && !required) return undefined;
    if (!answer) continue;
    if (!choices) return answer;
    // Numbers pick from the list; several may be given, separated by commas.
    const picked = answer.split(',').map((part) => {
      const n = Number(part.trim());
      return Number.isInteger(n) && n >= 1 && n <= choices.length
        ? choices[n - 1]!.id
        : part.trim();
    });
    return picked.join(',');
  }
}

const terms = (name: TaxonomyName) =>
  content.taxonomies[name].map((term) => ({
    id: term.id,
    label: taxonomyOf(name).termName(term.data),
  }));

async function run(): Promise<{ file: string; text: string; filledIn?: string[] }> {
  if (kind === 'contact') {
    return newContact(
      root,
      content,
      {
        name: (await ask('name', 'Full name'))!,
        pronouns: await ask('pronouns', 'Pronouns', { required: false }),
        title: (await ask('title', 'Job title'))!,
        department: (await ask('department', 'Department (number or id)', {
          choices: terms('departments'),
        }))!,
        location: await ask('location', 'Location (number or id)', {
          required: false,
          choices: terms('locations'),
        }),
        email: (await ask('email', 'Work email'))!,
        topics: list(
          await ask('topics', 'Topics they can be asked about (numbers or ids, comma-separated)', {
            choices: terms('topics'),
          }),
        ),
        goals: list(
          await ask(
            'goals',
            'What they can help people find out (numbers or ids, comma-separated)',
            { choices: terms('goals') },
          ),
        ),
        bio: await ask('bio', 'Bio: one to three sentences they approved', { required: false }),
        formats: list(await ask('formats', 'Ways to meet (comma-separated)', { required: false })),
        capacity: flags['capacity'] ? Number(flags['capacity']) : undefined,
        languages: list(await ask('languages', 'Languages (comma-separated)', { required: false })),
      },
      today(),
    );
  }
  if (kind === 'group') {
    return newGroup(
      root,
      content,
      {
        name: (await ask('name', 'Group name'))!,
        summary: (await ask('summary', 'What the group is, in a sentence or two'))!,
        audience: (await ask('audience', 'Who it is for'))!,
        cadence: (await ask('cadence', 'When it meets'))!,
        joinUrl: (await ask('join-url', 'How to join: an https link'))!,
        joinLabel: await ask('join-label', 'Link text', { required: false }),
        topics: list(
          await ask('topics', 'Topics (numbers or ids, comma-separated)', {
            required: false,
            choices: terms('topics'),
          }),
        ),
        goals: list(
          await ask('goals', 'Goals (numbers or ids, comma-separated)', {
            required: false,
            choices: terms('goals'),
          }),
        ),
      },
      today(),
    );
  }
  if (kind === 'workshop') {
    return newWorkshop(
      root,
      content,
      {
        kind: (await ask('kind', 'Kind: workshop or networking-event'))!,
        title: (await ask('title', 'Title'))!,
        summary: (await ask('summary', 'Summary: one or two sentences'))!,
        audience: (await ask('audience', 'Who it is for'))!,
        objectives: (await ask('objectives', 'Objectives, separated by |'))!
          .split('|')
          .map((o) => o.trim())
          .filter(Boolean),
        format: (await ask('format', 'Format, such as "In person, interactive"'))!,
        facilitator: (await ask('facilitator', 'Who leads it'))!,
        duration: (await ask('duration', 'How long it lasts'))!,
        timezone: (await ask('timezone', 'Time zone, such as America/New_York'))!,
        registrationUrl: (await ask('registration-url', 'Registration link (https)'))!,
        registrationLabel: await ask('registration-label', 'Registration link text', {
          required: false,
        }),
        topics: list(
          await ask('topics', 'Topics (numbers or ids, comma-separated)', {
            required: false,
            choices: terms('topics'),
          }),
        ),
        goals: list(
          await ask('goals', 'Goals (numbers or ids, comma-separated)', {
            required: false,
            choices: terms('goals'),
          }),
        ),
      },
      content.config?.registration.system ?? 'the registration system',
      today(),
    );
  }
  const workshops = content.entries.workshops.map((w) => ({ id: w.id, label: w.data.title }));
  const workshop = (await ask('workshop', 'Workshop (number or id)', { choices: workshops }))!;
  const file = content.entries.workshops.find((w) => w.id === workshop)?.file;
  // Read as the validator reads it: a file that is not a workshop's own gives no text.
  const read = file ? readContentFile(root, file, 'the workshop file') : undefined;
  return addSession(
    content,
    read && 'text' in read ? read.text : '',
    {
      workshop,
      start: (await ask('start', 'Start, local time, such as 2027-05-04T13:00'))!,
      end: (await ask('end', 'End, local time, such as 2027-05-04T16:00'))!,
      location: await ask('location', 'Room and building', { required: false }),
      online: await ask('online', 'How to join online', { required: false }),
      status: await ask('status', 'Status: scheduled, full, cancelled or rescheduled', {
        required: false,
      }),
      previousStart: await ask('previous-start', 'Original start, if rescheduled', {
        required: false,
      }),
      timezone: await ask('timezone', "Time zone, if not the workshop's", { required: false }),
      note: await ask('note', 'A short note', { required: false }),
    },
    today(),
  );
}

try {
  if (content.config === undefined)
    throw new ScaffoldError('site.config.yaml is not valid: run npm run validate and fix it first');
  const { file, text, filledIn = [] } = await run();
  writeFileSync(join(root, file), text);
  console.log(terminalLine(`Wrote ${file}. Check it, then run npm run validate.`));
  if (filledIn.length > 0)
    console.log(
      `Filled in for you, to check with the person before publishing: ${filledIn.join(', ')}.`,
    );
} catch (error) {
  // A refusal says what to change; anything else is a fault, told without a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof ScaffoldError
      ? `Nothing was written:\n${terminalLines(message)}`
      : terminalLines(`npm run new stopped: ${message}\nTell a developer, with this message.`),
  );
  process.exitCode = 1;
} finally {
  prompt?.close();
}
