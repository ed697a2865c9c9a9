import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { tightenPolicy } from './csp.ts';

/** After the build, narrows each page's content security policy to the inline code it contains. */
export function cspPerPage(): AstroIntegration {
  return {
    name: 'networking-hub:csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await readdir(outDir, { recursive: true })).filter((file) =>
          file.endsWith('.html'),
        );
        let changed = 0;
        for (const page of pages) {
          const path = join(outDir, page);
          const html = await readFile(path, 'utf8');
          const tightened = tightenPolicy(html);
          if (tightened !== html) {
            await writeFile(path, tightened);
            changed++;
          }
        }
        logger.info(`Narrowed the content security policy of ${changed} of ${pages.length} pages.`);
      },
    },
  };
}
