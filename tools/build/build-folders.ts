import { join } from 'node:path';

/**
 * Where a build writes. The site is built into `staging` and swapped in as `dist` only when every
 * step has passed; `backup` holds the previous dist/ for the moment of the swap. Both live in
 * .tmp/, outside dist/ (so no host serves them) and on the same disk (so renaming is instant).
 */
export interface BuildFolders {
  dist: string;
  staging: string;
  backup: string;
  lock: string;
}

export function buildFolders(root: string): BuildFolders {
  const work = join(root, '.tmp', 'build');
  return {
    dist: join(root, 'dist'),
    staging: join(work, 'staging'),
    backup: join(work, 'backup'),
    lock: join(work, 'lock'),
  };
}
