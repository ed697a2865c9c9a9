/**
 * Imported first by tools/build.ts, before Astro loads its colour library: a build whose output
 * goes to a CI log or a file, not a terminal, prints no colour codes, which would show there as
 * raw "[33m" noise around every line. Astro colours its prefixes even with FORCE_COLOR=0, so
 * NO_COLOR is what turns it off.
 */
export function plainOutputWanted(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  return !isTerminal || (env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false');
}

if (plainOutputWanted(process.env, process.stdout.isTTY === true)) {
  process.env['NO_COLOR'] = '1';
  delete process.env['FORCE_COLOR'];
}
