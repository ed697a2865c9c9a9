/**
 * npm run build (the staff edition, into dist/) and npm run build:public (the public edition, into
 * dist-public/): checks the content, builds the site into a staging folder and, only when the
 * build and every pass after it (sitemap, search index and, for the public edition, the leak
 * check) have succeeded, replaces the published folder with it. A failed or interrupted
 * build leaves that folder as it was. Exits 1 on failure.
 */
// First, so that no colour codes reach a log (see plain-output.ts).
import './build/plain-output.ts';
import { parseArgs } from 'node:util';
import { EDITIONS, type Edition } from '../src/content-model/edition.ts';
import { buildAtomically, ReportedFailure } from './build/atomic-build.ts';
import { describeBuildError } from './build/build-error.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const { values } = parseArgs({ options: { edition: { type: 'string', default: 'staff' } } });
if (!(EDITIONS as readonly string[]).includes(values.edition)) {
  console.error(`--edition is "${values.edition}" (expected ${EDITIONS.join(' or ')}).`);
  process.exit(1);
}
const edition = values.edition as Edition;
const folder = edition === 'staff' ? 'dist/' : 'dist-public/';
try {
  // The content check and Astro run in a process of their own (tools/build/astro-build.ts).
  await buildAtomically(process.cwd(), edition);
  console.log(`Published the new ${edition === 'staff' ? 'site' : 'public edition'} to ${folder}.`);
  process.exit(0);
} catch (error) {
  if (!(error instanceof ReportedFailure)) console.error(describeBuildError(error));
  console.error(`The site was not published: ${folder} was not changed.`);
  process.exit(1);
}
