/**
 * Stops a server a test started, and waits until it is gone. A process that already ended (even by
 * a signal, when exitCode stays null) is left alone, and one that ignores SIGTERM is killed: a
 * teardown must never wait for ever.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const GRACE_MS = 10_000;

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
