/**
 * node tools/bench/precheck-alone.ts: the build's content check (tools/build/content-precheck.ts)
 * on its own, in the folder it runs in, printing its seconds. The bench runs it apart from the
 * build, because the build's log does not show where the check ends and Astro's start-up begins.
 */
import { precheckContent } from '../build/content-precheck.ts';

const started = performance.now();
precheckContent(process.cwd());
console.log(`precheck ${((performance.now() - started) / 1000).toFixed(2)} s`);
