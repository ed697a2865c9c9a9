import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every entry under `folder` by path (forward slashes, folders ending in /) with the SHA-256 of
 * its bytes: two digests are equal only if the trees are byte for byte the same.
 */
export function treeDigest(folder: string): Record<string, string> {
  const digest: Record<string, string> = {};
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const full = join(entry.parentPath, entry.name);
    const path = relative(folder, full).split(sep).join('/');
    if (entry.isDirectory()) digest[`${path}/`] = 'folder';
    else
      digest[path] = createHash('sha256')
        .update(entry.isSymbolicLink() ? `link to ${readlinkSync(full)}` : readFileSync(full))
        .digest('hex');
  }
  return Object.fromEntries(Object.entries(digest).sort(([a], [b]) => a.localeCompare(b)));
}
