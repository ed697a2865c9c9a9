import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIRECTORY_INDEX_FOLDER } from '../../src/shared/urls.ts';

export interface DistFigures {
  files: number;
  bytes: number;
  htmlPages: number;
  /** Pagefind's facet data, which the header search uses. */
  facetFiles: { count: number; bytes: number };
  /** The directory search's own index (src/shared/directory-index.ts). */
  directoryIndex: { count: number; bytes: number };
}

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

/** Sizes of the built site (page sizes: tools/bench/page-audit.ts). */
export function measureDist(dist: string): DistFigures {
  const files = filesUnder(dist);
  const facets = filesUnder(join(dist, 'pagefind', 'filter'));
  const index = filesUnder(join(dist, ...DIRECTORY_INDEX_FOLDER.split('/')));
  return {
    files: files.length,
    bytes: sum(files),
    htmlPages: files.filter((file) => file.path.endsWith('.html')).length,
    facetFiles: { count: facets.length, bytes: sum(facets) },
    directoryIndex: { count: index.length, bytes: sum(index) },
  };
}
