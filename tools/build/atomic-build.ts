import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { build } from 'astro';
import { buildFolders, type BuildFolders } from './build-folders.ts';
import { takeBuildLock } from './build-lock.ts';
import { serverFilesIn } from './server-files.ts';
import { whenStalled } from './stalled.ts';
import { recoverInterruptedSwap, removeBackup, swapIntoPlace } from './swap.ts';

/**
 * Builds the site in `root` into a staging folder and makes it dist/ only when Astro and every
 * build:done pass (sitemap, per-page CSP, Pagefind index) have succeeded and it holds no server
 * files. On any failure dist/ stays exactly as it was, or absent if there was none.
 */
export async function buildAtomically(root: string): Promise<void> {
  const folders = buildFolders(root);
  const release = takeBuildLock(folders.lock);
  try {
    await buildAndSwap(root, folders, release);
    // Published. Should this be stopped, the next build removes what is left of the backup.
    await removeBackup(folders);
  } finally {
    release();
  }
}

async function buildAndSwap(
  root: string,
  folders: BuildFolders,
  release: () => void,
): Promise<void> {
  const discardStaging = () => rmSync(folders.staging, { recursive: true, force: true });
  // Ctrl+C or a polite kill: leave nothing behind. A SIGKILL is put right by the next build.
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(`\nThe build was stopped (${signal}): dist/ was not changed.`);
    discardStaging();
    release();
    process.exit(128 + constants.signals[signal]);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const { stalled, stop } = whenStalled();
  try {
    recoverInterruptedSwap(folders);
    await Promise.race([build({ root, outDir: folders.staging }), stalled]);
    const serverFiles = serverFilesIn(folders.staging);
    if (serverFiles.length > 0)
      throw new Error(
        `The build left Astro's server files in the site (${serverFiles.slice(0, 3).join(', ')}${serverFiles.length > 3 ? ', …' : ''}), so it was not published. A browser module of your own in public/ must end in .js, not .mjs.`,
      );
    swapIntoPlace(folders);
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    stop();
    discardStaging();
  }
}
