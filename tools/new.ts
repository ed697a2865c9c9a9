/**
 * npm run new [-- <contact|workshop|session|group> [--flags]]
 * Creates a valid, commented entry. With no flags, or in a terminal, it asks for what the flags
 * leave out, offering the known ids, and asks again at once when an answer is refused; otherwise
 * missing required flags are an error. Exits 1 when it refuses or the answers end, 2 when the
 * command line is wrong.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_CHOICES, fieldsOf, standIns, type Choice, type Field } from './new-fields.ts';
import { KINDS, readOptions, USAGE, type Kind } from './new-options.ts';
import { EndOfAnswers, questions, type Questions } from './new-questions.ts';
import {
  addSession,
  list,
  newContact,
  newGroup,
  newWorkshop,
  ScaffoldError,
  type Refusal,
} from './scaffold.ts';
import { today } from '../src/content-model/clock.ts';
import { readContentFile } from '../src/content-model/validation/content-file.ts';
import { loadContent, type LoadedContent } from '../src/content-model/validation/load-content.ts';
import { terminalLine, terminalLines } from '../src/content-model/validation/terminal-text.ts';

type Answers = Record<string, unknown>;

interface Written {
  file: string;
  text: string;
  filledIn?: string[];
  placeholders?: string[];
}

/** The entry `answers` make, refused with the validator's messages (ScaffoldError). */
function build(root: string, content: LoadedContent, kind: Kind, answers: Answers): Written {
  const day = today();
  if (kind === 'contact') return newContact(root, content, answers, day);
  if (kind === 'group') return newGroup(root, content, answers, day);
  if (kind === 'workshop')
    return newWorkshop(
      root,
      content,
      answers,
      content.config?.registration.system ?? 'the registration system',
      day,
    );
  const file = content.entries.workshops.find((w) => w.id === answers['workshop'])?.file;
  // Read as the validator reads it: a file that is not a workshop's own gives no text.
  const read = file ? readContentFile(root, file, 'the workshop file') : undefined;
  return addSession(content, read && 'text' in read ? read.text : '', answers, day);
}

/** The answer typed as `field` reads it; numbers pick from the choices, several comma-separated. */
function answerOf(field: Field, typed: string): unknown {
  const picked = field.choices
    ? typed
        .split(',')
        .map((part) => pick(field.choices!, part.trim()))
        .join(',')
    : typed;
  if (field.read === 'list') return list(picked);
  if (field.read === 'objectives')
    return picked
      .split('|')
      .map((objective) => objective.trim())
      .filter(Boolean);
  // Not a whole number: kept as typed, so the validator names what was typed.
  if (field.read === 'number') return /^\d+$/.test(picked) ? Number(picked) : picked;
  return picked;
}

function pick(choices: readonly Choice[], typed: string): string {
  const n = Number(typed);
  return Number.isInteger(n) && n >= 1 && n <= choices.length ? choices[n - 1]!.id : typed;
}

const about = (field: Field) => (refusal: Refusal) =>
  field.fields.some(
    (name) =>
      refusal.field === name ||
      (name !== '' &&
        (refusal.field.startsWith(`${name}.`) || refusal.field.startsWith(`${name}[`))),
  );

function refusalsOf(error: unknown): readonly Refusal[] {
  if (error instanceof ScaffoldError) return error.refusals;
  throw error;
}

const showChoices = (choices: readonly Choice[]) =>
  choices.forEach((choice, index) =>
    console.log(terminalLine(`  ${index + 1}. ${choice.id} (${choice.label})`)),
  );

/** Asks `field` until the answer is one the entry can take; earlier answers stay as they are. */
async function askField(
  ask: Questions,
  field: Field,
  answers: Answers,
  check: () => readonly Refusal[],
): Promise<void> {
  if (field.explain) console.log(terminalLine(field.explain));
  if (field.choices) showChoices(field.choices);
  const optional = field.optional === 'always';
  for (;;) {
    const typed = await ask.ask(`${field.question}${optional ? ' (optional)' : ''}: `);
    if (!typed && !optional) {
      console.log(`An answer is needed here.`);
      continue;
    }
    answers[field.key] = typed ? answerOf(field, typed) : undefined;
    const refused = check().filter(about(field));
    if (refused.length === 0) return;
    for (const refusal of refused) console.log(terminalLine(refusal.text));
  }
}

async function askKind(ask: Questions): Promise<Kind> {
  console.log('Which kind of entry?');
  showChoices(KIND_CHOICES);
  const kinds: readonly string[] = KINDS;
  for (;;) {
    const typed = pick(KIND_CHOICES, await ask.ask('Kind (number or name): '));
    if (kinds.includes(typed)) return typed as Kind;
    console.log(
      terminalLine(
        `"${typed}" is not a kind of entry (expected a number from 1 to ${KINDS.length}, or one of ${KINDS.join(', ')})`,
      ),
    );
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const root = process.cwd();
  let loaded: LoadedContent | undefined;
  const load = () => (loaded ??= loadContent(root));
  const flagsOf = (kind: Kind) => fieldsOf(kind, load()).map((field) => field.flag);
  const options = readOptions(args, flagsOf);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in options) {
    console.error(options.error);
    return 2;
  }
  const { flags } = options;
  const content = load();
  if (content.config === undefined)
    throw new ScaffoldError('site.config.yaml is not valid: run npm run validate and fix it first');
  // Questions when there is someone to ask, or when nothing was given: answers may be piped in.
  const asking =
    Object.keys(flags).length === 0 ||
    (process.stdin.isTTY === true && process.stdout.isTTY === true);
  const ask = asking ? questions() : undefined;
  try {
    const kind = options.kind ?? (ask ? await askKind(ask) : undefined);
    if (kind === undefined) {
      console.error(
        `The kind of entry is missing (expected one of ${KINDS.join(', ')} before the flags, such as npm run new -- contact --name "Jordan Lee")`,
      );
      return 2;
    }
    const fields = fieldsOf(kind, content);
    // Flags given before the kind was asked for are checked against it, as typed ones are.
    const again = options.kind ? options : readOptions([kind, ...args], flagsOf);
    if ('error' in again) {
      console.error(again.error);
      return 2;
    }
    const answers: Answers = {};
    const unanswered = standIns(kind, content);
    const check = () => {
      try {
        build(root, content, kind, { ...unanswered, ...answers });
        return [];
      } catch (error) {
        return refusalsOf(error);
      }
    };
    for (const field of fields) {
      const given = flags[field.flag];
      if (given !== undefined) answers[field.key] = answerOf(field, given);
      else if (ask) await askField(ask, field, answers, check);
      else if (field.optional === undefined)
        throw new ScaffoldError(
          `--${field.flag} is missing (expected ${field.question.toLowerCase()})`,
        );
    }
    // A flag's value is checked last: in questions, the field it fills is asked for again.
    for (;;) {
      const refused = check();
      const field = ask && fields.find((candidate) => refused.some(about(candidate)));
      if (refused.length === 0 || !field) break;
      for (const refusal of refused.filter(about(field))) console.log(terminalLine(refusal.text));
      await askField(ask, field, answers, check);
    }
    return write(root, build(root, content, kind, answers));
  } finally {
    ask?.close();
  }
}

function write(root: string, { file, text, filledIn = [], placeholders = [] }: Written): number {
  writeFileSync(join(root, file), text);
  console.log(terminalLine(`Wrote ${file}. Check it, then run npm run validate.`));
  if (filledIn.length > 0)
    console.log(
      `Filled in for you, to check with the person before publishing: ${filledIn.join(', ')}.`,
    );
  if (placeholders.includes('bio'))
    console.log(
      'The bio is a placeholder: replace it with one to three sentences the person has approved. npm run validate refuses the file until then.',
    );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A refusal says what to change; anything else is a fault, told without a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    error instanceof EndOfAnswers
      ? 'Nothing was written: the answers ended before the last question.'
      : error instanceof ScaffoldError
        ? `Nothing was written:\n${terminalLines(message)}`
        : terminalLines(`npm run new stopped: ${message}\nTell a developer, with this message.`),
  );
  process.exitCode = 1;
}
