import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { today } from '../clock.ts';
import { CONTENT_DIR, SITE_CONFIG_FILE } from '../sources.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

interface Kept {
  key: string;
  result: ValidationResult;
}

// Astro imports the integrations and src/content.config.ts as separate copies of this module, so
// the one validation of a build is kept where both copies see it.
const KEPT = Symbol.for('networking-hub:validated-content');
const kept = ((globalThis as { [KEPT]?: Map<string, Kept> })[KEPT] ??= new Map());

/** Every file the validation reads, with its size and time of change: a change means validate again. */
function fingerprint(root: string): string {
  const files = existsSync(join(root, CONTENT_DIR))
    ? readdirSync(join(root, CONTENT_DIR), { recursive: true, encoding: 'utf8' })
        .map((file) => join(CONTENT_DIR, file))
        .sort()
    : [];
  return [SITE_CONFIG_FILE, ...files]
    .map((file) => {
      const stats = statSync(join(root, file), { throwIfNoEntry: false });
      return `${file}:${stats?.size}:${stats?.mtimeMs}`;
    })
    .join('\n');
}

/**
 * The result of validateContent() for `root` today, computed once and shared by the
 * content-validation integration, the collection loaders and the MDX frontmatter plugin. In
 * `astro dev` it is computed again after any content file changes.
 */
export function validatedContent(root: string): ValidationResult {
  const absolute = resolve(root);
  const day = today();
  const key = `${day}\n${fingerprint(absolute)}`;
  const found = kept.get(absolute);
  if (found?.key === key) return found.result;
  const result = validateContent(absolute, day);
  kept.set(absolute, { key, result });
  return result;
}
