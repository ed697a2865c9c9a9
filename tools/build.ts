/**
 * npm run build: checks the content, builds the site into a staging folder and, only when the
 * build and every pass after it (sitemap, per-page CSP, search index) have succeeded, replaces
 * dist/ with it. A failed or interrupted build leaves dist/ as it was. Exits 1 on failure.
 */
import { buildAtomically } from './build/atomic-build.ts';
import { describeBuildError } from './build/build-error.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
try {
  await buildAtomically(process.cwd());
  console.log('Published the new site to dist/.');
  process.exit(0);
} catch (error) {
  console.error(describeBuildError(error));
  console.error('The site was not published: dist/ was not changed.');
  process.exit(1);
}
