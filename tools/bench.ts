/**
 * npm run bench -- --contacts N [--json] [--keep]: builds a temporary copy of the site with N synthetic
 * contacts and prints build time, memory, page sizes and search transfer sizes next to their budgets.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { measureBuild, pagefindSeconds } from './bench/measure-build.ts';
import { measureDist } from './bench/measure-dist.ts';
import { measureMatch, type MatchFigures } from './bench/measure-match.ts';
import { measureSearch, type SearchFigures } from './bench/measure-search.ts';
import { copyProject } from './bench/project-copy.ts';
import { figures, formatJson, formatTable, matchFigures } from './bench/report.ts';
import { writeContacts } from './bench/synthetic-contacts.ts';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const contacts = Number(values.contacts);
if (!Number.isInteger(contacts) || contacts < 1) {
  console.error(`--contacts must be a whole number of at least 1, not "${values.contacts}"`);
  process.exit(1);
}
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
process.env['ASTRO_PREVIEW_BACKGROUND'] = '0';

async function bench(copy: string): Promise<number> {
  const slugs = writeContacts(copy, contacts);
  console.error(`Building ${contacts} contacts in ${copy} ...`);
  const build = await measureBuild(copy);
  if (!build.ok) {
    console.error(build.log);
    console.error('The build failed: see its output above.');
    return 1;
  }
  const dist = measureDist(join(copy, 'dist'), slugs);
  console.error('Measuring search in Chromium ...');
  const { base } = parse(readFileSync(join(copy, 'site.config.yaml'), 'utf8')) as { base: string };
  let search: SearchFigures | string = 'not measured (no #directory-search on /directory/)';
  let status = 0;
  try {
    search = (await measureSearch(copy, base)) ?? search;
  } catch (error) {
    search = `failed (${error instanceof Error ? error.message : String(error)})`;
    status = 1;
  }
  console.error('Measuring the guided match in Chromium ...');
  let match: MatchFigures | string = 'not measured (no dist/directory/match/<goal>.json)';
  try {
    match = (await measureMatch(copy, base)) ?? match;
  } catch (error) {
    match = `failed (${error instanceof Error ? error.message : String(error)})`;
    status = 1;
  }
  const list = [
    ...figures(build, pagefindSeconds(build.log), dist, search),
    ...matchFigures(match),
  ];
  console.log(
    `\nBenchmark: ${contacts} contacts (budgets are for 10,000 contacts on a 2-core machine)`,
  );
  console.log(formatTable(list));
  if (values.json) console.log(formatJson(contacts, list));
  return status;
}

const copy = copyProject(resolve(import.meta.dirname, '..'));
const cleanUp = () =>
  values.keep
    ? console.error(`Kept the copy at ${copy}`)
    : rmSync(copy, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  process.exitCode = await bench(copy);
} finally {
  cleanUp();
}
