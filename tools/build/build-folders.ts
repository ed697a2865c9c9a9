import { join } from 'node:path';
import type { Edition } from '../../src/content-model/edition.ts';

/**
 * Where a build writes. The site is built into `staging` and swapped in as `dist` only when every
 * step has passed; `backup` holds the previous dist/ for the moment of the swap. Both live in
 * .tmp/, outside dist/ (so no host serves them) and on the same disk (so renaming is instant).
 * The staff edition is published to dist/, the public edition to dist-public/.
 */
export interface BuildFolders {
  dist: string;
  staging: string;
  backup: string;
  lock: string;
}

export function buildFolders(root: string, edition: Edition = 'staff'): BuildFolders {
  const work = join(root, '.tmp', 'build');
  const suffix = edition === 'staff' ? '' : `-${edition}`;
  return {
    dist: join(root, `dist${suffix}`),
    staging: join(work, `staging${suffix}`),
    backup: join(work, `backup${suffix}`),
    // One build at a time in a project: both editions share Astro's content cache.
    lock: join(work, 'lock'),
  };
}
