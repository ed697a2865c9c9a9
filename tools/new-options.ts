/**
 * The command line of `npm run new`: its usage text, and its flags read without ever throwing, so
 * a mistyped flag is answered with one line that names it, not with Node's stack trace.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from '../src/content-model/validation/suggest.ts';
import { terminalLine } from '../src/content-model/validation/terminal-text.ts';

export const KINDS = ['contact', 'workshop', 'session', 'group'] as const;
export type Kind = (typeof KINDS)[number];

export const USAGE = `Usage: npm run new [-- <kind> [options]]

  With no kind and no options, it asks which kind of entry to make, then a question for each field.

  contact   --name --title --department --email --topics a,b --goals a,b
            [--location] [--pronouns] [--bio] [--formats a,b] [--capacity n] [--languages a,b]
  workshop  --title --kind workshop|networking-event --summary --audience --objectives "a|b"
            --format --facilitator --duration --timezone --registration-url [--registration-label]
            [--topics a,b] [--goals a,b]
  session   --workshop <slug> --start 2027-05-04T13:00 --end 2027-05-04T16:00
            [--location] [--online] [--status] [--previous-start] [--timezone] [--note]
  group     --name --summary --audience --cadence --join-url [--join-label] [--topics a,b] [--goals a,b]

  --help, -h  show this text

Give a kind without options (npm run new -- contact) to be asked for each field of that kind.`;

/** Every flag that takes a value; each kind uses some of them. */
export const VALUE_FLAGS = [
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
] as const;

export type Options =
  | { help: true }
  | { help: false; kind: Kind | undefined; flags: Record<string, string> }
  | { help: false; error: string };

const flagList = () =>
  `(expected a kind, ${KINDS.join(', ')}, and flags from: --help, ${VALUE_FLAGS.map((flag) => `--${flag}`).join(', ')})`;

/** The kind and flags of `args`, or the one-line error an editor sees for a command it cannot run. */
export function readOptions(args: readonly string[]): Options {
  const { tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(VALUE_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
    },
  });
  const known: readonly string[] = VALUE_FLAGS;
  const flags: Record<string, string> = {};
  const positionals: string[] = [];
  const fail = (problem: string): Options => ({
    help: false,
    error: terminalLine(`${problem} ${flagList()}`),
  });
  // Asked for help, it helps, whatever else the line holds.
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help'))
    return { help: true };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (!known.includes(token.name))
      return fail(
        `${token.rawName} is not a flag of npm run new${didYouMean(token.name, ['help', ...known]).replace(/"(.+)"/, '"--$1"')}`,
      );
    // Without strict parsing, "--name --title x" reads "--title" as the name: it is a flag, not a value.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
      return fail(`${token.rawName} has no value`);
    flags[token.name] = token.value;
  }
  const [kind, ...extra] = positionals;
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind))
    return fail(`"${kind}" is not a kind of entry${didYouMean(kind, KINDS)}`);
  if (extra.length > 0) return fail(`"${extra[0]}" follows no flag`);
  return { help: false, kind: kind as Kind | undefined, flags };
}
