/**
 * npm run bench -- --contacts N [--json] [--keep]: builds a temporary copy of the site with N
 * synthetic contacts, and a bare Astro + Pagefind project with the same contacts (the floor), and
 * prints build time beside the floor, memory, the build's phases, page sizes, shipped Pagefind
 * files, each page's security policy and search transfer sizes, next to their budgets.
 *
 * npm run bench -- --growth [1000,10000,30000]: builds ours and the floor at each size and prints
 * how time and memory grow (no browser measurements).
 */
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { BROWSE_KINDS } from '../src/content-model/taxonomies.ts';
import { pageCount } from '../src/site/directory-pages.ts';
import {
  BUILD_TIMINGS_ENV,
  buildProfile,
  formatProfile,
  precheckSeconds,
} from './bench/build-profile.ts';
import { measureFloor, writeFloorProject, type FloorResult } from './bench/floor.ts';
import { formatGrowth, parseGrowthSizes, type GrowthRow } from './bench/growth.ts';
import {
  measureBuild,
  measureCommand,
  pagefindSeconds,
  type BuildResult,
} from './bench/measure-build.ts';
import { measureDist } from './bench/measure-dist.ts';
import { measureMatch, type MatchFigures } from './bench/measure-match.ts';
import { measureSearch, type SearchFigures } from './bench/measure-search.ts';
import { auditPages } from './bench/page-audit.ts';
import { copyProject } from './bench/project-copy.ts';
import {
  buildFigures,
  figures,
  formatJson,
  formatTable,
  matchFigures,
  pageFigures,
} from './bench/report.ts';
import { writeContacts } from './bench/synthetic-contacts.ts';
import { taxonomyTerms } from './bench/taxonomy-terms.ts';

// `--growth` alone means the default sizes; parseArgs wants a value after it, so it gets none.
const growthAlone = process.argv
  .slice(2)
  .some((arg, index, args) => arg === '--growth' && (args[index + 1] ?? '--').startsWith('--'));
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => !(growthAlone && arg === '--growth')),
  options: {
    contacts: { type: 'string', default: '1000' },
    growth: { type: 'string' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
process.env['ASTRO_PREVIEW_BACKGROUND'] = '0';
process.env[BUILD_TIMINGS_ENV] = '1';
const projectRoot = resolve(import.meta.dirname, '..');

/** Copies of the project and floor projects made by this run, removed at the end unless --keep. */
const temporary: string[] = [];
const cleanUp = () => {
  for (const folder of temporary.splice(0))
    if (values.keep) console.error(`Kept ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
};

interface Built {
  copy: string;
  slugs: string[];
  build: BuildResult;
  floor: FloorResult | string;
}

/** Our build and the floor's for `contacts` synthetic contacts, one after the other. */
async function buildBoth(contacts: number): Promise<Built | undefined> {
  const copy = copyProject(projectRoot);
  temporary.push(copy);
  const slugs = writeContacts(copy, contacts);
  console.error(`Building ${contacts} contacts in ${copy} ...`);
  const build = await measureBuild(copy);
  if (!build.ok) {
    console.error(build.log);
    console.error('The build failed: see its output above.');
    return undefined;
  }
  const floorFolder = writeFloorProject(copy, projectRoot);
  temporary.push(floorFolder);
  console.error(`Building the floor (bare Astro + Pagefind CLI) in ${floorFolder} ...`);
  const measured = await measureFloor(floorFolder);
  const floor = measured.ok
    ? measured
    : `failed (${(measured.pagefind ?? measured.astro).log.trim().split('\n').slice(-3).join(' / ')})`;
  return { copy, slugs, build, floor };
}

/** The figures move with the load of a shared machine: the bench says what it was. */
const loadNow = () =>
  `load average ${loadavg()[0]?.toFixed(1)} (1 min) on ${availableParallelism()} cores`;

const profileOf = (build: BuildResult) =>
  formatProfile(buildProfile(build.lines, build.seconds), build.seconds);

async function bench(contacts: number): Promise<number> {
  const loadAtStart = loadNow();
  const built = await buildBoth(contacts);
  if (!built) return 1;
  const { copy, slugs, build, floor } = built;
  const { base } = parse(readFileSync(join(copy, 'site.config.yaml'), 'utf8')) as { base: string };
  const kinds = taxonomyTerms(copy)
    .filter(({ kind }) => (BROWSE_KINDS as readonly string[]).includes(kind))
    .map(({ kind, terms }) => ({ kind, ids: terms.map((term) => term.id) }));
  const dist = join(copy, 'dist');
  const audit = auditPages(dist, base, slugs, kinds, pageCount(contacts));
  console.error('Measuring search in Chromium ...');
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
    ...buildFigures(build, floor),
    ...pageFigures(audit),
    ...figures(pagefindSeconds(build.log), measureDist(dist), search),
    ...matchFigures(match),
  ];
  console.log(
    `\nBenchmark: ${contacts} contacts (budgets are for 10,000 contacts on a 2-core machine)`,
  );
  console.log(`machine: ${loadAtStart} at the start, ${loadNow()} at the end`);
  console.log(formatTable(list));
  console.log(`\nOur build's phases (${build.seconds.toFixed(1)} s in all):`);
  console.log(profileOf(build));
  console.error('Timing the content check alone ...');
  const precheck = await measureCommand(copy, process.execPath, [
    join(copy, 'tools/bench/precheck-alone.ts'),
  ]);
  const seconds = precheckSeconds(precheck.log);
  console.log(
    seconds === undefined
      ? `  (the content check alone failed: ${precheck.log.trim().split('\n').at(-1) ?? ''})`
      : `  of the first phase, the content check alone (run apart, same content): ${seconds.toFixed(1)} s`,
  );
  if (values.json) console.log(formatJson(contacts, list));
  return status;
}

async function growth(sizes: number[]): Promise<number> {
  const rows: GrowthRow[] = [];
  const profiles: string[] = [];
  const loadAtStart = loadNow();
  let status = 0;
  for (const contacts of sizes) {
    const built = await buildBoth(contacts);
    const floor = built && typeof built.floor !== 'string' ? built.floor : undefined;
    rows.push({
      contacts,
      ours: built && { seconds: built.build.seconds, peakBytes: built.build.peakBytes },
      floor: floor && { seconds: floor.seconds, peakBytes: floor.peakBytes },
    });
    if (built) profiles.push(`${contacts} contacts:\n${profileOf(built.build)}`);
    if (!built || !floor) status = 1;
    cleanUp();
  }
  console.log('\nGrowth: build time and peak memory, ours and the floor (bare Astro + Pagefind)');
  console.log(`machine: ${loadAtStart} at the start, ${loadNow()} at the end`);
  console.log(formatGrowth(rows));
  console.log("\nOur build's phases at each size:");
  console.log(profiles.join('\n'));
  return status;
}

process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  if (values.growth !== undefined || growthAlone) {
    const sizes = parseGrowthSizes(values.growth ?? '');
    if (typeof sizes === 'string') {
      console.error(sizes);
      process.exitCode = 1;
    } else process.exitCode = await growth(sizes);
  } else {
    const contacts = Number(values.contacts);
    if (!Number.isInteger(contacts) || contacts < 1) {
      console.error(`--contacts must be a whole number of at least 1, not "${values.contacts}"`);
      process.exitCode = 1;
    } else process.exitCode = await bench(contacts);
  }
} finally {
  cleanUp();
}
