/**
 * The build's phases, read from the times its log lines arrived (tools/bench/measure-build.ts):
 * each phase ends at the line that reports it, so its time is the gap since the phase before.
 * Astro's own steps come in a fixed order; the astro:build:done passes (sitemap, CSP, Pagefind,
 * editor) are found wherever they are, since integrations may move.
 */
import type { TimedLine } from './measure-build.ts';

export interface Phase {
  name: string;
  seconds: number;
}

interface Marker {
  name: string;
  end: RegExp;
}

/**
 * tools/build/astro-build.ts prints "[networking-hub:build-timings] precheck ..." when
 * NETWORKING_HUB_BUILD_TIMINGS=1: without it, validation and Astro's start-up are one phase.
 */
export const BUILD_TIMINGS_ENV = 'NETWORKING_HUB_BUILD_TIMINGS';
const PRECHECK_DONE: Marker = {
  name: 'validation (precheck)',
  end: /\[networking-hub:build-timings\] precheck\b/,
};

const ASTRO_STEPS: Marker[] = [
  { name: 'start-up: Node, Astro, config', end: /\[content\] Syncing content/ },
  { name: 'content sync', end: /\[content\] Synced content/ },
  { name: 'types, build info, bundling', end: /^\s*generating static routes\s*$/ },
  { name: 'rendering ("generating static routes")', end: /(^|\s)✓ Completed in\b/ },
];

const BUILD_DONE_PASSES: Marker[] = [
  { name: 'sitemap', end: /\[@astrojs\/sitemap\]/ },
  { name: 'CSP pass', end: /\[networking-hub:csp[^\]]*\]/ },
  { name: 'Pagefind', end: /\[networking-hub:pagefind\]/ },
  { name: 'web editor', end: /\[networking-hub:web-editor\]/ },
  // npm run build indexes for search after Astro's process has ended, so this may come first.
  { name: 'rest of astro:build:done', end: /\[build\] Complete!/ },
];

const CLOSING: Marker[] = [{ name: 'swap into place', end: /^Published the new\b/ }];

export function buildProfile(lines: readonly TimedLine[], totalSeconds: number): Phase[] {
  const ends: { name: string; index: number }[] = [];
  let from = 0;
  const findInOrder = (marker: Marker) => {
    const index = lines.findIndex((line, at) => at >= from && marker.end.test(line.text));
    if (index < 0) return;
    ends.push({ name: marker.name, index });
    from = index + 1;
  };
  const precheck = lines.findIndex((line) => PRECHECK_DONE.end.test(line.text));
  if (precheck >= 0) {
    ends.push({ name: PRECHECK_DONE.name, index: precheck });
    from = precheck + 1;
  }
  ASTRO_STEPS.forEach(findInOrder);
  if (precheck < 0 && ends[0]?.index !== undefined && ends[0].name === ASTRO_STEPS[0]!.name)
    ends[0] = { ...ends[0], name: 'validation (precheck) and start-up' };
  const afterRendering = from;
  const passes = BUILD_DONE_PASSES.map((marker) => ({
    name: marker.name,
    index: lines.findIndex((line, at) => at >= afterRendering && marker.end.test(line.text)),
  }))
    .filter((pass) => pass.index >= 0)
    .sort((a, b) => a.index - b.index);
  ends.push(...passes);
  from = Math.max(from, ...passes.map((pass) => pass.index + 1));
  CLOSING.forEach(findInOrder);
  const phases: Phase[] = [];
  let previousMs = 0;
  for (const end of ends) {
    const ms = lines[end.index]?.ms ?? previousMs;
    phases.push({ name: end.name, seconds: (ms - previousMs) / 1000 });
    previousMs = ms;
  }
  phases.push({ name: 'exit', seconds: Math.max(0, totalSeconds - previousMs / 1000) });
  return phases;
}

/** The profile as lines: "  rendering ...   26.6 s  41%". */
export function formatProfile(phases: readonly Phase[], totalSeconds: number): string {
  const width = Math.max(...phases.map((phase) => phase.name.length));
  return phases
    .map((phase) => {
      const share = totalSeconds > 0 ? Math.round((phase.seconds / totalSeconds) * 100) : 0;
      return `  ${phase.name.padEnd(width)}  ${phase.seconds.toFixed(1).padStart(6)} s  ${String(share).padStart(3)}%`;
    })
    .join('\n');
}

/** The seconds tools/bench/precheck-alone.ts printed ("precheck 12.34 s"). */
export function precheckSeconds(output: string): number | undefined {
  const seconds = /^precheck (\d+(?:\.\d+)?) s$/m.exec(output)?.[1];
  return seconds === undefined ? undefined : Number(seconds);
}
