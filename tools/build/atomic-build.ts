import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { build } from 'astro';
import { EDITION_VARIABLE, editionAddress, type Edition } from '../../src/content-model/edition.ts';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { buildFolders, type BuildFolders } from './build-folders.ts';
import { contactTraces } from './contact-traces.ts';
import { describeEditorIn, describeLeaks, findLeaks } from './leak-check.ts';
import { takeBuildLock } from './build-lock.ts';
import { serverFilesIn } from './server-files.ts';
import { whenStalled } from './stalled.ts';
import { recoverInterruptedSwap, removeBackup, swapIntoPlace } from './swap.ts';

/**
 * Builds an edition of the site in `root` into a staging folder and makes it dist/ (dist-public/
 * for the public edition) only when Astro and every build:done pass (sitemap, Pagefind index)
 * have succeeded, it holds no server files and, for the public edition, no trace
 * of any contact. On any failure the published folder stays exactly as it was, or absent.
 */
export async function buildAtomically(root: string, edition: Edition = 'staff'): Promise<void> {
  // Before anything is built: a public edition needs an address in site.config.yaml.
  editionAddress(readSiteConfig(root), edition);
  process.env[EDITION_VARIABLE] = edition;
  const folders = buildFolders(root, edition);
  const release = takeBuildLock(folders.lock);
  try {
    await buildAndSwap(root, folders, edition, release);
    // Published. Should this be stopped, the next build removes what is left of the backup.
    await removeBackup(folders);
  } finally {
    release();
  }
}

async function buildAndSwap(
  root: string,
  folders: BuildFolders,
  edition: Edition,
  release: () => void,
): Promise<void> {
  const discardStaging = () => rmSync(folders.staging, { recursive: true, force: true });
  // Ctrl+C or a polite kill: leave nothing behind. A SIGKILL is put right by the next build.
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(
      `\nThe build was stopped (${signal}): ${edition === 'staff' ? 'dist' : 'dist-public'}/ was not changed.`,
    );
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
    if (edition === 'public') {
      const leaks = describeLeaks(findLeaks(folders.staging, contactTraces(root)));
      if (leaks) throw new Error(leaks);
      const editor = describeEditorIn(folders.staging);
      if (editor) throw new Error(editor);
    }
    swapIntoPlace(folders);
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    stop();
    discardStaging();
  }
}
