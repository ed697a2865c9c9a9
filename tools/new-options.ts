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
            [--location] [--pronouns] [--known-as] [--not-for] [--bio] [--formats a,b]
            [--capacity n] [--languages a,b]
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
  'known-as',
  'not-for',
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

/**
 * The kind and flags of `args`, or the one-line error an editor sees for a command it cannot run.
 * `flagsOf` names the flags of a kind: a flag of another kind would otherwise be dropped unread.
 */
export function readOptions(
  args: readonly string[],
  flagsOf: (kind: Kind) => readonly string[],
): Options {
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
  // Asked for help, it helps, whatever else the line holds.
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help'))
    return { help: true };
  const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  const [typedKind, ...extra] = positionals;
  const kinds: readonly string[] = KINDS;
  const kind =
    typedKind !== undefined && kinds.includes(typedKind) ? (typedKind as Kind) : undefined;
  const allowed: readonly string[] = kind ? flagsOf(kind) : VALUE_FLAGS;
  const expected = `${kind ? '' : `a kind, ${KINDS.join(', ')}, and `}flags from: --help, ${allowed.map((flag) => `--${flag}`).join(', ')}`;
  const fail = (problem: string): Options => ({
    help: false,
    error: terminalLine(`${problem} (expected ${expected})`),
  });
  const flags: Record<string, string> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!allowed.includes(token.name))
      return fail(
        `${token.rawName} is not a flag of ${kind ? `a ${kind}` : 'npm run new'}${didYouMean(token.name, ['help', ...allowed]).replace(/"(.+)"/, '"--$1"')}`,
      );
    // Without strict parsing, "--name --title x" reads "--title" as the name: it is a flag, not a value.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
      return fail(`${token.rawName} has no value`);
    flags[token.name] = token.value;
  }
  // After the flags: the value of a mistyped flag ("--nmae Jordan") reads as the kind.
  if (typedKind !== undefined && kind === undefined)
    return fail(`"${typedKind}" is not a kind of entry${didYouMean(typedKind, KINDS)}`);
  if (extra.length > 0) return fail(`"${extra[0]}" follows no flag`);
  return { help: false, kind, flags };
}
