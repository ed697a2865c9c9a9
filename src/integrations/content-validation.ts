import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatAnnotation, formatProblem } from '../content-model/validation/problem.ts';
import { terminalLine } from '../content-model/validation/terminal-text.ts';
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
        const result = validatedContent(root, { fresh: true });
        const annotate = process.env['GITHUB_ACTIONS'] === 'true';
        for (const warning of result.warnings) logger.warn(formatProblem(warning));
        for (const stale of result.staleContacts) {
          logger.info(
            terminalLine(
              `Left out of the site: ${stale.name} (${stale.file}), last confirmed ${stale.confirmed}; the confirmation expired on ${stale.expired}.`,
            ),
          );
        }
        if (result.errors.length === 0) return;
        for (const error of result.errors) logger.error(formatProblem(error));
        if (annotate)
          for (const problem of [...result.errors, ...result.warnings])
            console.log(formatAnnotation(problem));
        const summary = `${result.errors.length} content ${result.errors.length === 1 ? 'error' : 'errors'}: fix ${result.errors.length === 1 ? 'it' : 'them'} and build again (run npm run validate to check without building).`;
        if (command === 'build') throw new Error(`The site was not built. ${summary}`);
        logger.error(summary);
      },
    },
  };
}
