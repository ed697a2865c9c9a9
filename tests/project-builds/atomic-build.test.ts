import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCopy,
  buildIn,
  projectCopy,
  startBuildIn,
  type BuildRun,
  type ProjectCopy,
} from '../support/project-copy.ts';
import { treeDigest } from '../support/tree-digest.ts';

// The fixture site, built once: the "earlier dist/" every test below must leave untouched.
const copy = buildCopy();
afterAll(() => copy.remove());
const dist = join(copy.root, 'dist');
const staging = join(copy.root, '.tmp/build/staging');

const NOT_PUBLISHED = 'The site was not published: dist/ was not changed.';

// A real failure after the pages are written, no test switch needed: a file where the search index
// goes, and Pagefind's indexer crashes.
const PAGEFIND_FAILS = {
  pass: 'the Pagefind index',
  place: (root: string) => writeFileSync(join(root, 'public/pagefind'), 'not a folder'),
  undo: (root: string) => rmSync(join(root, 'public/pagefind')),
  says: ['networking-hub:pagefind', 'The build stopped before it finished'],
};
// The last check before the swap: no .mjs (Astro's server code) may be published.
const SERVER_FILE_REFUSED = {
  pass: 'the check for server files',
  place: (root: string) => writeFileSync(join(root, 'public/stray.mjs'), 'export {};'),
  undo: (root: string) => rmSync(join(root, 'public/stray.mjs')),
  says: ["The build left Astro's server files in the site (stray.mjs)"],
};
type PostBuildFailure = typeof PAGEFIND_FAILS;

/** Builds a copy with the cause of a failure laid on it, then takes the cause away again. */
function buildWith(failure: PostBuildFailure, target: ProjectCopy): BuildRun {
  failure.place(target.root);
  try {
    return buildIn(target);
  } finally {
    failure.undo(target.root);
  }
}

// A page that never finishes rendering holds the build half-way, earlier pages written and no
// search index yet, for as long as the test needs to see it there and kill it.
const HOLD_PAGE = 'src/pages/zz-hold.astro';
const HOLDING = '---\nawait new Promise(() => setInterval(() => {}, 60_000));\n---\n';

/** Paths under `root` (node_modules aside) that belong to Astro's server build. */
function serverFilesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => !path.startsWith('node_modules'))
    .filter((path) => path.split('/').includes('.prerender') || /data-layer.*\.mjs$/.test(path));
}

/** Resolves once the build's output contains `text`; rejects if it exits first. */
function untilOutputShows(build: ChildProcessWithoutNullStreams, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(text)) resolve();
    };
    build.stdout.on('data', watch);
    build.stderr.on('data', watch);
    build.once('exit', () => reject(new Error(`The build ended before "${text}":\n${output}`)));
  });
}

/** The processes whose command line names `text`, such as Astro's build into a staging folder. */
function processesNaming(text: string): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
        return command.includes(text) ? [command] : [];
      } catch {
        return []; // It ended while being read.
      }
    });
}

/** Resolves when no process names `text` any more, or after 30 s with those that still do. */
async function processesLeftNaming(text: string): Promise<string[]> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (processesNaming(text).length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return processesNaming(text);
}

function exitOf(build: ChildProcessWithoutNullStreams) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    build.once('exit', (code, signal) => resolve({ code, signal })),
  );
}

describe('an atomic build', () => {
  it('starts from a built fixture site', () => {
    expect(copy.status).toBe(0);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('killed half-way leaves the earlier dist/ byte for byte as it was', async () => {
    const before = treeDigest(dist);
    writeFileSync(join(copy.root, HOLD_PAGE), HOLDING);
    const build = startBuildIn(copy);
    const exited = exitOf(build);
    try {
      await untilOutputShows(build, '/zz-hold/index.html');
      expect(processesNaming(staging)).toHaveLength(1);
      // Half-way: pages are in the staging folder, the search index is not.
      const staged = readdirSync(staging, { recursive: true, encoding: 'utf8' });
      expect(staged.some((path) => path.endsWith('.html'))).toBe(true);
      expect(staged).not.toContain('pagefind');
    } finally {
      build.kill('SIGKILL');
      rmSync(join(copy.root, HOLD_PAGE));
    }
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Astro's build runs in a process of its own, which stops with the build that started it.
    expect(await processesLeftNaming(staging)).toEqual([]);
    expect(treeDigest(dist)).toEqual(before);
    // What the killed build left, server chunks with every contact included, is only in .tmp/.
    const leftovers = serverFilesUnder(copy.root);
    expect(leftovers.length).toBeGreaterThan(0);
    expect(leftovers.filter((path) => !path.startsWith('.tmp/build/staging/'))).toEqual([]);

    const next = buildIn(copy);
    expect(next.status).toBe(0);
    expect(serverFilesUnder(copy.root)).toEqual([]);
    expect(existsSync(join(copy.root, '.tmp/build/staging'))).toBe(false);
  });

  it.each([PAGEFIND_FAILS, SERVER_FILE_REFUSED])(
    'failing in $pass leaves the earlier dist/ byte for byte as it was',
    (failure) => {
      const before = treeDigest(dist);
      const run = buildWith(failure, copy);
      expect(run.status).toBe(1);
      for (const text of [...failure.says, NOT_PUBLISHED]) expect(run.output).toContain(text);
      expect(treeDigest(dist)).toEqual(before);
      expect(existsSync(join(copy.root, '.tmp/build/staging'))).toBe(false);
      expect(existsSync(join(copy.root, '.tmp/build/backup'))).toBe(false);
      expect(serverFilesUnder(copy.root)).toEqual([]);
    },
  );

  it('failing in a post-build pass on a first build leaves no dist/', () => {
    const first = projectCopy();
    try {
      const run = buildWith(PAGEFIND_FAILS, first);
      expect(run.status).toBe(1);
      for (const text of [...PAGEFIND_FAILS.says, NOT_PUBLISHED])
        expect(run.output).toContain(text);
      expect(run.distExists).toBe(false);
      expect(existsSync(join(first.root, '.tmp/build/staging'))).toBe(false);
      expect(serverFilesUnder(first.root)).toEqual([]);
    } finally {
      first.remove();
    }
  });

  it('that succeeds replaces dist/ and publishes no server files', () => {
    writeFileSync(join(dist, 'left-from-the-earlier-build.txt'), 'old');
    const run = buildIn(copy);
    expect(run.status).toBe(0);
    expect(run.output).toContain('Published the new site to dist/.');
    expect(existsSync(join(dist, 'left-from-the-earlier-build.txt'))).toBe(false);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const published = Object.keys(treeDigest(dist));
    expect(
      published.filter((path) => path.includes('.prerender') || path.endsWith('.mjs')),
    ).toEqual([]);
    expect(existsSync(join(copy.root, '.tmp/build/staging'))).toBe(false);
    expect(existsSync(join(copy.root, '.tmp/build/backup'))).toBe(false);
  });
});
