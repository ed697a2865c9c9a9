import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFolders, type BuildFolders } from '../../tools/build/build-folders.ts';
import { takeBuildLock } from '../../tools/build/build-lock.ts';
import { serverFilesIn } from '../../tools/build/server-files.ts';
import { recoverInterruptedSwap, removeBackup, swapIntoPlace } from '../../tools/build/swap.ts';

let root: string;
let folders: BuildFolders;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hub-swap-'));
  folders = buildFolders(root);
  mkdirSync(join(root, '.tmp', 'build'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A one-page site in `folder`. */
function site(folder: string, page: string) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), page);
}
const pageIn = (folder: string) => readFileSync(join(folder, 'index.html'), 'utf8');

describe('the swap of a finished build into dist/', () => {
  it('replaces the previous dist/ and leaves no staging or backup folder', async () => {
    site(folders.dist, 'old');
    site(folders.staging, 'new');
    swapIntoPlace(folders);
    expect(pageIn(folders.backup)).toBe('old');
    await removeBackup(folders);
    expect(pageIn(folders.dist)).toBe('new');
    expect(existsSync(folders.staging)).toBe(false);
    expect(existsSync(folders.backup)).toBe(false);
  });

  it('makes dist/ when there was none', () => {
    site(folders.staging, 'new');
    swapIntoPlace(folders);
    expect(pageIn(folders.dist)).toBe('new');
  });

  it('stays in .tmp/build, outside dist/', () => {
    expect(folders.staging).toBe(join(root, '.tmp', 'build', 'staging'));
    expect(folders.backup).toBe(join(root, '.tmp', 'build', 'backup'));
    expect(folders.dist).toBe(join(root, 'dist'));
  });
});

describe('the next build after one killed during the swap', () => {
  it('puts the previous dist/ back when the build died between the two renames', () => {
    site(folders.backup, 'old');
    site(folders.staging, 'new');
    recoverInterruptedSwap(folders);
    expect(pageIn(folders.dist)).toBe('old');
    expect(existsSync(folders.backup)).toBe(false);
    expect(existsSync(folders.staging)).toBe(false);
  });

  it('keeps the swapped-in dist/ and removes the backup when only the clean-up was left', () => {
    site(folders.dist, 'new');
    site(folders.backup, 'old');
    recoverInterruptedSwap(folders);
    expect(pageIn(folders.dist)).toBe('new');
    expect(existsSync(folders.backup)).toBe(false);
  });

  it('removes a staging folder left by a build killed while rendering', () => {
    site(folders.dist, 'old');
    site(folders.staging, 'half');
    recoverInterruptedSwap(folders);
    expect(pageIn(folders.dist)).toBe('old');
    expect(existsSync(folders.staging)).toBe(false);
  });
});

describe('server files in a built site', () => {
  it("lists Astro's .prerender folder and .mjs chunks, not the browser's .js", () => {
    site(folders.staging, 'page');
    mkdirSync(join(folders.staging, '.prerender', 'chunks'), { recursive: true });
    writeFileSync(join(folders.staging, '.prerender', 'chunks', 'data-layer-content.mjs'), '');
    mkdirSync(join(folders.staging, '_astro'));
    writeFileSync(join(folders.staging, '_astro', 'search.js'), '');
    writeFileSync(join(folders.staging, '_astro', 'stray.mjs'), '');
    expect(serverFilesIn(folders.staging)).toEqual([
      '.prerender',
      '.prerender/chunks',
      '.prerender/chunks/data-layer-content.mjs',
      '_astro/stray.mjs',
    ]);
  });

  it('finds none in a site of pages and browser code', () => {
    site(folders.staging, 'page');
    mkdirSync(join(folders.staging, '_astro'));
    writeFileSync(join(folders.staging, '_astro', 'search.js'), '');
    expect(serverFilesIn(folders.staging)).toEqual([]);
  });
});

describe('the build lock', () => {
  it('refuses a second build while the first is running', () => {
    writeFileSync(folders.lock, String(process.ppid));
    expect(() => takeBuildLock(folders.lock)).toThrow(
      `Another build (process ${process.ppid}) is running in this folder: wait for it to finish, then build again.`,
    );
  });

  it('takes over the lock of a build that was killed, and releases it', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(folders.lock, String(gone));
    const release = takeBuildLock(folders.lock);
    expect(readFileSync(folders.lock, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(folders.lock)).toBe(false);
  });
});
