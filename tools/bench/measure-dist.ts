import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIRECTORY_INDEX_FOLDER } from '../../src/shared/urls.ts';

export interface DistFigures {
  files: number;
  bytes: number;
  htmlPages: number;
  /** Gzip sizes of the generated contacts' profile pages, when the directory is built. */
  profileGzip: { count: number; median: number; min: number; max: number } | undefined;
  /** Pagefind's facet data, which the header search uses. */
  facetFiles: { count: number; bytes: number };
  /** The directory search's own index (src/shared/directory-index.ts). */
  directoryIndex: { count: number; bytes: number };
}

const median = (sorted: number[]) => {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function filesUnder(folder: string): { path: string; bytes: number }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({
      path: join(entry.parentPath, entry.name),
      bytes: statSync(join(entry.parentPath, entry.name)).size,
    }));
}

const sum = (files: { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0);

/** Sizes of the built site. Profiles are looked up by the generated slugs, so listing pages never count as profiles. */
export function measureDist(dist: string, slugs: string[]): DistFigures {
  const files = filesUnder(dist);
  const profiles = slugs
    .map((slug) => join(dist, 'directory', slug, 'index.html'))
    .filter((path) => existsSync(path));
  const gzipped = profiles
    .map((path) => gzipSync(readFileSync(path), { level: 9 }).length)
    .sort((a, b) => a - b);
  const facets = filesUnder(join(dist, 'pagefind', 'filter'));
  const index = filesUnder(join(dist, ...DIRECTORY_INDEX_FOLDER.split('/')));
  return {
    files: files.length,
    bytes: sum(files),
    htmlPages: files.filter((file) => file.path.endsWith('.html')).length,
    profileGzip: gzipped.length
      ? {
          count: gzipped.length,
          median: median(gzipped),
          min: gzipped[0] ?? 0,
          max: gzipped.at(-1) ?? 0,
        }
      : undefined,
    facetFiles: { count: facets.length, bytes: sum(facets) },
    directoryIndex: { count: index.length, bytes: sum(index) },
  };
}
