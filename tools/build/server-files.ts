import { readdirSync } from 'node:fs';

/**
 * Files Astro writes only to render pages on the build machine: its .prerender/ folder and the
 * .mjs server chunks in it, which hold the whole content layer (every contact, stale ones too).
 * None of them may be published; browser code is always .js.
 */
export function serverFilesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.split('/').includes('.prerender') || path.endsWith('.mjs'))
    .sort();
}
