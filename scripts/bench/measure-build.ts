import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface BuildResult {
  ok: boolean;
  seconds: number;
  peakBytes: number;
  log: string;
}

const readOrEmpty = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // The process exited between listing and reading.
  }
};

/** Child pids of every thread: a process's children are listed per thread that spawned them. */
const childrenOf = (pid: number) =>
  readdirSafe(`/proc/${pid}/task`).flatMap((task) =>
    readOrEmpty(`/proc/${pid}/task/${task}/children`).split(/\s+/).filter(Boolean).map(Number),
  );

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** Sum of VmRSS over a process and all its descendants (Pagefind's indexer is a child binary). */
export function treeRssBytes(rootPid: number): number {
  let bytes = 0;
  for (const queue = [rootPid]; queue.length > 0;) {
    const pid = queue.pop() as number;
    const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(readOrEmpty(`/proc/${pid}/status`))?.[1];
    bytes += Number(kilobytes ?? 0) * 1024;
    queue.push(...childrenOf(pid));
  }
  return bytes;
}

/** Runs `astro build` in `root`, timing it and sampling the process tree's memory every 150 ms. */
export async function measureBuild(root: string): Promise<BuildResult> {
  const started = performance.now();
  const build = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  build.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let peakBytes = 0;
  const sample = () => (peakBytes = Math.max(peakBytes, build.pid === undefined ? 0 : treeRssBytes(build.pid)));
  const sampler = setInterval(sample, 150);
  const code = await new Promise<number | null>((resolve) => {
    build.on('error', () => resolve(null));
    build.on('close', resolve);
  });
  clearInterval(sampler);
  return { ok: code === 0, seconds: (performance.now() - started) / 1000, peakBytes, log };
}

/** Seconds from the last build-log line that names Pagefind and a duration, such as "[pagefind] indexed in 8.2 s". */
export function pagefindSeconds(log: string): number | undefined {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const line = lines.findLast((text) => /pagefind/i.test(text) && /\d\s*(ms|s|secs?|seconds?)\b/i.test(text));
  const match = line && [...line.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)\b/gi)].at(-1);
  if (!match) return undefined;
  return Number(match[1]) / (match[2]?.toLowerCase() === 'ms' ? 1000 : 1);
}
