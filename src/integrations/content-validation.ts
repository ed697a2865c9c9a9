import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportContent } from '../content-model/validation/build-report.ts';
import { validatedContent } from '../content-model/validation/validated-content.ts';
import { validatedMdxFrontmatter } from './mdx-frontmatter.ts';

/**
 * Runs `npm run validate`'s checks before Astro reads any content, so a mistake in an entry stops
 * the build before anything is written to dist/. The collection loaders then load this same
 * result, and MDX files are compiled with its data.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'networking-hub:content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [validatedMdxFrontmatter(root)] } });
        if (command !== 'build' && command !== 'dev') return;
        // npm run build has validated already, before loading Astro (tools/build/content-precheck.ts):
        // that result is used, not made again. A dev server validates afresh at every start.
        const result = validatedContent(root, { fresh: command === 'dev' });
        const stop = reportContent(result, logger);
        if (stop === undefined) return;
        if (command === 'build') throw new Error(`The site was not built. ${stop}`);
        logger.error(stop);
      },
    },
  };
}
