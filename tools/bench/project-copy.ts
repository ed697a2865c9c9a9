import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, sep } from 'node:path';

/** Never copied: version control, dependencies and build output or caches. */
const SKIPPED = new Set(['.git', 'node_modules', 'dist', '.astro', '.tmp']);

/** Root .gitignore patterns (names, `dir/`, `*.ext`, `a/b`) as a test, so git itself need not run. */
function gitIgnored(root: string): (path: string) => boolean {
  let lines: string[] = [];
  try {
    lines = readFileSync(join(root, '.gitignore'), 'utf8').split('\n');
  } catch {
    // No .gitignore: nothing beyond SKIPPED is left out.
  }
  const patterns = lines
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
    .map((pattern) => {
      const source = pattern
        .replace(/^\//, '')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
      return { anchored: pattern.includes('/'), regex: new RegExp(`^${source}$`) };
    });
  return (path) =>
    patterns.some(({ anchored, regex }) => regex.test(anchored ? path : basename(path)));
}

/**
 * Copies the project (tracked and untracked, non-ignored files) into a new folder under the system
 * temporary directory. node_modules is a real folder of symlinks to the project's packages, because
 * Astro and Vite write caches into node_modules (.astro holds the data store and incremental build).
 */
export function copyProject(root: string): string {
  const inside = relative(root, tmpdir());
  if (!inside.startsWith('..') && !isAbsolute(inside))
    throw new Error(`The temporary folder ${tmpdir()} is inside the project: set TMPDIR`);
  const copy = mkdtempSync(join(tmpdir(), 'networking-hub-bench-'));
  const ignored = gitIgnored(root);
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => {
      const path = relative(root, source).split(sep).join('/');
      return path === '' || (!SKIPPED.has(path.split('/')[0] ?? '') && !ignored(path));
    },
  });
  const modules = join(root, 'node_modules');
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(modules)) {
    // Dot entries are caches (.astro, .vite, .vite-temp): each copy gets its own.
    if (name === '.bin' || !name.startsWith('.'))
      symlinkSync(join(modules, name), join(copy, 'node_modules', name));
  }
  return copy;
}
