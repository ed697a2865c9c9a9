/**
 * The part of npm run build that holds the content in memory: the content check, then Astro's build
 * of the pages into the staging folder given as the argument. tools/build/atomic-build.ts runs it
 * as a process of its own, so that its memory is given back before the search index is written:
 * at 10,000 contacts the two at once took some 1.9 GB, each alone well under 1.5 GB. Each page
 * marked for search goes to that process as it is rendered (src/integrations/search-feed.ts).
 * Exits 1 after writing what went wrong.
 */
// First, so that no colour codes reach a log (see plain-output.ts).
import './plain-output.ts';
import { describeBuildError } from './build-error.ts';
import { precheckContent } from './content-precheck.ts';
import { sendSearchFeed } from '../../src/integrations/search-feed.ts';
import { whenStalled } from './stalled.ts';

const [staging] = process.argv.slice(2);
// Should the build that started this one be killed, this one stops too, rather than write on.
process.on('disconnect', () => process.exit(1));
process.channel?.unref();
const { stalled, stop } = whenStalled();
try {
  if (!staging) throw new Error('Usage: node tools/build/astro-build.ts <staging folder>');
  const started = performance.now();
  precheckContent(process.cwd());
  if (process.env['NETWORKING_HUB_BUILD_TIMINGS'] === '1')
    console.log(
      `[networking-hub:build-timings] precheck ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  // Astro loads only for content that can be built.
  const { build } = await import('astro');
  await Promise.race([build({ root: process.cwd(), outDir: staging }), stalled]);
  stop();
  // After the last page, on the same channel: npm run build then knows it has them all.
  await sendSearchFeed({ kind: 'pages-done' });
  process.exit(0);
} catch (error) {
  stop();
  console.error(describeBuildError(error));
  process.exit(1);
}
