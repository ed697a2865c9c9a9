import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Whether a process with this id is still running (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the lock file with this process's id; false if it already exists. */
function created(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the build lock of one project folder, so two builds never share a staging folder. A lock
 * left by a build that was killed (its process is gone) is taken over. Returns the release.
 */
export function takeBuildLock(lock: string): () => void {
  mkdirSync(dirname(lock), { recursive: true });
  if (!created(lock)) {
    const holder = Number(readFileSync(lock, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && running(holder))
      throw new Error(
        `Another build (process ${holder}) is running in this folder: wait for it to finish, then build again.`,
      );
    writeFileSync(lock, String(process.pid));
  }
  return () => rmSync(lock, { force: true });
}
