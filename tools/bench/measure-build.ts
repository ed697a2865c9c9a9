import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export interface BuildResult {
  ok: boolean;
  seconds: number;
  peakBytes: number;
  log: string;
}

/** A /proc read that yields the fallback when the process has exited in the meantime. */
function fromProc<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Sum of VmRSS over a process and all its descendants (Pagefind's indexer is a child binary). */
export function treeRssBytes(rootPid: number): number {
  let bytes = 0;
  for (const queue = [rootPid]; queue.length > 0;) {
    const pid = queue.pop() as number;
    const status = fromProc(() => readFileSync(`/proc/${pid}/status`, 'utf8'), '');
    bytes += Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0) * 1024;
    // Children are listed per thread that started them.
    for (const task of fromProc(() => readdirSync(`/proc/${pid}/task`), [])) {
      const children = fromProc(
        () => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8'),
        '',
      );
      queue.push(...children.split(/\s+/).filter(Boolean).map(Number));
    }
  }
  return bytes;
}

/** Runs `npm run build` (tools/build.ts, the atomic build) in `root`, timing it and sampling the process tree's memory every 150 ms. */
export async function measureBuild(root: string): Promise<BuildResult> {
  const started = performance.now();
  const build = spawn(process.execPath, ['tools/build.ts'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => (log += chunk.toString());
  build.stdout.on('data', append);
  build.stderr.on('data', append);
  let peakBytes = 0;
  const sampler = setInterval(
    () => (peakBytes = Math.max(peakBytes, build.pid ? treeRssBytes(build.pid) : 0)),
    150,
  );
  const code = await new Promise<number | null>((resolve) =>
    build.on('error', () => resolve(null)).on('close', resolve),
  );
  clearInterval(sampler);
  return { ok: code === 0, seconds: (performance.now() - started) / 1000, peakBytes, log };
}

/** Seconds from the last build-log line naming Pagefind and a duration, such as "[pagefind] Indexed 900 pages in 8.2 s." */
export function pagefindSeconds(log: string): number | undefined {
  const duration = /(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)\b/gi;
  const line = stripVTControlCharacters(log)
    .split('\n')
    .findLast((text) => /pagefind/i.test(text) && new RegExp(duration.source, 'i').test(text));
  const match = line ? [...line.matchAll(duration)].at(-1) : undefined;
  return match ? Number(match[1]) / (match[2]?.toLowerCase() === 'ms' ? 1000 : 1) : undefined;
}
