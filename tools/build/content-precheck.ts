/**
 * The content check of npm run build, run before Astro loads: a mistake in an entry stops the
 * build in about a second, where starting Astro first took several. Astro's content-validation
 * integration then uses this same result (src/content-model/validation/validated-content.ts), and
 * reports its warnings as before.
 */
import { reportContent } from '../../src/content-model/validation/build-report.ts';
import { validatedContent } from '../../src/content-model/validation/validated-content.ts';

/** Throws, after writing every problem, when the content of `root` cannot be built. */
export function precheckContent(root: string): void {
  const result = validatedContent(root, { fresh: true });
  if (result.errors.length === 0) return;
  const stop = reportContent(result, {
    error: (line) => console.error(`[ERROR] [networking-hub:content-validation] ${line}`),
    warn: (line) => console.error(`[WARN] [networking-hub:content-validation] ${line}`),
    info: (line) => console.log(`[networking-hub:content-validation] ${line}`),
  });
  throw new Error(`The site was not built. ${stop}`);
}
