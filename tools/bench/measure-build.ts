import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/** One line of a command's output, with the milliseconds since the command started when it arrived. */
export interface TimedLine {
  ms: number;
  text: string;
}

export interface BuildResult {
  ok: boolean;
  seconds: number;
  peakBytes: number;
  /** Processor seconds of the command and everything it started: far steadier than wall time on a shared machine. */
  cpuSeconds: number;
  log: string;
  /** The same output line by line, timed on arrival (a pipe write is synchronous on Linux, so this is when it was printed). */
  lines: TimedLine[];
}

/** Linux's clock tick (USER_HZ), in which /proc reports processor time. */
const TICKS_PER_SECOND = 100;

/**
 * Processor seconds of the reaped children in a /proc/<pid>/stat text: cutime + cstime (fields
 * 16 and 17), which include what their own reaped children used. Read after the name in
 * parentheses, which may hold spaces.
 */
export function reapedChildrenCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 3 (state) is the first after the name: fields 16 and 17 are at 13 and 14.
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) / TICKS_PER_SECOND;
}

const ownChildrenCpu = () => reapedChildrenCpuSeconds(readFileSync('/proc/self/stat', 'utf8'));

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

/**
 * Runs `command` in `cwd`, timing it, timing each output line as it arrives and sampling the
 * process tree's memory every 150 ms.
 */
export async function measureCommand(
  cwd: string,
  command: string,
  args: string[],
): Promise<BuildResult> {
  // One command at a time: the growth of this process's children's time is this command's.
  const cpuBefore = ownChildrenCpu();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const lines: TimedLine[] = [];
  // Per stream: the part of a line whose end has not arrived yet.
  const pending = { stdout: '', stderr: '' };
  const append = (stream: keyof typeof pending) => (chunk: Buffer) => {
    const ms = performance.now() - started;
    const text = chunk.toString();
    log += text;
    const parts = (pending[stream] + text).split('\n');
    pending[stream] = parts.pop() ?? '';
    for (const part of parts) lines.push({ ms, text: stripVTControlCharacters(part) });
  };
  child.stdout.on('data', append('stdout'));
  child.stderr.on('data', append('stderr'));
  let peakBytes = 0;
  const sampler = setInterval(
    () => (peakBytes = Math.max(peakBytes, child.pid ? treeRssBytes(child.pid) : 0)),
    150,
  );
  const code = await new Promise<number | null>((resolve) =>
    child.on('error', () => resolve(null)).on('close', resolve),
  );
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  for (const rest of Object.values(pending))
    if (rest) lines.push({ ms: seconds * 1000, text: stripVTControlCharacters(rest) });
  const cpuSeconds = ownChildrenCpu() - cpuBefore;
  return { ok: code === 0, seconds, peakBytes, cpuSeconds, log, lines };
}

/** Runs `npm run build` (tools/build.ts, the atomic build) in `root`. */
export const measureBuild = (root: string): Promise<BuildResult> =>
  measureCommand(root, process.execPath, ['tools/build.ts']);

/** Seconds from the last build-log line naming Pagefind and a duration, such as "[pagefind] Indexed 900 pages in 8.2 s." */
export function pagefindSeconds(log: string): number | undefined {
  const duration = /(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)\b/gi;
  const line = stripVTControlCharacters(log)
    .split('\n')
    .findLast((text) => /pagefind/i.test(text) && new RegExp(duration.source, 'i').test(text));
  const match = line ? [...line.matchAll(duration)].at(-1) : undefined;
  return match ? Number(match[1]) / (match[2]?.toLowerCase() === 'ms' ? 1000 : 1) : undefined;
}
