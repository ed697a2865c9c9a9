import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { BuildFolders } from './build-folders.ts';

/**
 * Puts right what a build killed during the swap left behind: a dist/ already moved to the backup
 * is moved back; a backup next to a swapped-in dist/ is removed. A stale staging folder goes too.
 */
export function recoverInterruptedSwap({ dist, staging, backup }: BuildFolders): void {
  if (existsSync(backup)) {
    if (existsSync(dist)) rmSync(backup, { recursive: true, force: true });
    else renameSync(backup, dist);
  }
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Replaces dist/ with the finished staging folder: dist/ to the backup, then staging to dist/.
 * Both renames are synchronous, so no signal handler runs between them.
 */
export function swapIntoPlace({ dist, staging, backup }: BuildFolders): void {
  const hadDist = existsSync(dist);
  if (hadDist) renameSync(dist, backup);
  try {
    renameSync(staging, dist);
  } catch (error) {
    if (hadDist) renameSync(backup, dist);
    throw error;
  }
}

/** Deletes the previous site after a swap: thousands of files, so without blocking. */
export async function removeBackup({ backup }: BuildFolders): Promise<void> {
  await rm(backup, { recursive: true, force: true });
}
