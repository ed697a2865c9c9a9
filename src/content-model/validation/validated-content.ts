import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { today } from '../clock.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

interface Kept {
  day: string;
  startedMs: number;
  result: ValidationResult;
}

// Astro imports the integrations and src/content.config.ts as separate copies of this module, so
// the one validation of a build is kept where both copies see it.
const KEPT = Symbol.for('networking-hub:validated-content');
const kept = ((globalThis as { [KEPT]?: Map<string, Kept> })[KEPT] ??= new Map());

/** Whether `file` was changed, added or deleted since `found` was validated. */
function changedSince(found: Kept, root: string, file: string): boolean {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (stats) return stats.mtimeMs >= found.startedMs;
  const name = relative(root, file).split(sep).join('/');
  const { content, errors, warnings } = found.result;
  return [
    ...Object.values(content.entries).flat(),
    ...Object.values(content.taxonomies).flat(),
    ...errors,
    ...warnings,
  ].some((item) => item.file === name);
}

/**
 * The result of validateContent() for `root`, computed once and shared by the content-validation
 * integration, the collection loaders and the MDX frontmatter plugin. `fresh` validates again
 * (at the start of a build or dev server); `changed` names a file that `astro dev` saw change,
 * and validates again only if it changed after the kept result was made.
 */
export function validatedContent(
  root: string,
  { fresh = false, changed }: { fresh?: boolean; changed?: string } = {},
): ValidationResult {
  const absolute = resolve(root);
  const day = today();
  const found = kept.get(absolute);
  if (found && !fresh && found.day === day && !(changed && changedSince(found, absolute, changed)))
    return found.result;
  const startedMs = Date.now();
  const result = validateContent(absolute, day);
  kept.set(absolute, { day, startedMs, result });
  return result;
}
