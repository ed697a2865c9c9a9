/**
 * Starts a program from a test and waits for it, within a time limit. spawnSync blocks the test
 * worker, so Vitest's own timeouts cannot stop a child that hangs (a build reading a named pipe,
 * say): without a limit the whole run would stall with no word of which test it was in.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';

/** Far above the slowest honest run (a build of the real content takes about a minute). */
export const CHILD_TIME_LIMIT_MS = 300_000;

export interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runToEnd(
  command: string,
  args: readonly string[],
  options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'> = {},
): Finished {
  const run = spawnSync(command, args, {
    timeout: CHILD_TIME_LIMIT_MS,
    killSignal: 'SIGKILL',
    // A build's output can pass spawnSync's 1 MB default, which would kill it half-way.
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    encoding: 'utf8',
  });
  if (run.error) {
    const timedOut = (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    throw new Error(
      `${[command, ...args].join(' ')} ${
        timedOut
          ? `did not finish within ${CHILD_TIME_LIMIT_MS / 1000} s and was stopped`
          : `failed to run: ${run.error.message}`
      }\n--- its output ---\n${run.stdout ?? ''}\n${run.stderr ?? ''}`,
    );
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
