import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { EDITION_VARIABLE, editionAddress, type Edition } from '../../src/content-model/edition.ts';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { isSearchFeedMessage, SEARCH_FEED_VARIABLE } from '../../src/integrations/search-feed.ts';
import { buildFolders, type BuildFolders } from './build-folders.ts';
import { contactTraces } from './contact-traces.ts';
import { describeEditorIn, describeLeaks, findLeaks } from './leak-check.ts';
import { takeBuildLock } from './build-lock.ts';
import { openSearchIndex, type SearchIndex } from './search-index.ts';
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

/** Thrown when the step that failed has already written what went wrong. */
export class ReportedFailure extends Error {}

/**
 * Runs tools/build/astro-build.ts (the content check and Astro's build) in a process of its own,
 * with this one's output, handing the pages it renders for search to `search`, and waits for it to
 * end having handed over every one.
 */
function astroBuild(
  root: string,
  staging: string,
  search: SearchIndex,
): { child: ChildProcess; ended: Promise<void> } {
  // An IPC channel, so the child knows to stop should this process be killed, and sends its pages.
  const child = fork(join(import.meta.dirname, 'astro-build.ts'), [staging], {
    cwd: root,
    env: { ...process.env, [SEARCH_FEED_VARIABLE]: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let allHandedOver = false;
  child.on('message', (message) => {
    if (!isSearchFeedMessage(message)) return;
    if (message.kind === 'pages-done') allHandedOver = true;
    else search.add(message);
  });
  // Every message has arrived once the channel has closed, which may be after the exit.
  const channelClosed = new Promise<void>((resolve) => child.once('disconnect', resolve));
  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            signal
              ? new Error(`The build was stopped by ${signal} before the pages were written.`)
              : new ReportedFailure('The pages were not built.'),
          ),
    );
  });
  const ended = Promise.all([exited, channelClosed]).then(() => {
    if (!allHandedOver)
      throw new Error('The pages were built, but not all of them reached the search index.');
  });
  return { child, ended };
}

/** Writes the search index of the staged site, with its own message should it never answer. */
async function writeSearchIndex(search: SearchIndex, staging: string): Promise<void> {
  const { stalled, stop } = whenStalled('the search index (networking-hub:pagefind)');
  try {
    console.log(
      `[networking-hub:pagefind] ${await Promise.race([search.write(staging), stalled])}`,
    );
  } catch (error) {
    if (error instanceof Error && !error.message.includes('networking-hub:pagefind'))
      error.message = `[networking-hub:pagefind] ${error.message}`;
    throw error;
  } finally {
    stop();
  }
}

async function buildAndSwap(
  root: string,
  folders: BuildFolders,
  edition: Edition,
  release: () => void,
): Promise<void> {
  let child: ChildProcess | undefined;
  let search: SearchIndex | undefined;
  const discardStaging = () => rmSync(folders.staging, { recursive: true, force: true });
  // Ctrl+C or a polite kill: leave nothing behind. A SIGKILL is put right by the next build.
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(
      `\nThe build was stopped (${signal}): ${edition === 'staff' ? 'dist' : 'dist-public'}/ was not changed.`,
    );
    child?.kill('SIGKILL');
    discardStaging();
    release();
    process.exit(128 + constants.signals[signal]);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    recoverInterruptedSwap(folders);
    search = await openSearchIndex();
    const pages = astroBuild(root, folders.staging, search);
    child = pages.child;
    await pages.ended;
    child = undefined;
    // Astro's process has ended and given back its memory: writing the index, which takes the
    // most, has the machine to itself.
    await writeSearchIndex(search, folders.staging);
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
    await search?.close();
    discardStaging();
  }
}
