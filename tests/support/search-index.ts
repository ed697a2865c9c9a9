import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist.ts';

export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page in the built Pagefind index, read back from its fragment files. */
export function indexedPages(): IndexedPage[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as IndexedPage;
  });
}

/** All bytes of the index, decompressed where they are compressed, as text. */
export function wholeIndexText(): string {
  const root = join(DIST, 'pagefind');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.pf_(fragment|index|filter|meta)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(join(root, file));
      try {
        return gunzipSync(bytes).toString('latin1');
      } catch {
        return bytes.toString('latin1');
      }
    })
    .join('\n');
}
