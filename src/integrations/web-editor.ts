import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformWithOxc } from 'vite';
import { cmsConfig, cmsConfigText, readTermOptions } from '../content-model/cms-config.ts';
import type { Edition } from '../content-model/edition.ts';
import type { SiteConfig } from '../content-model/schemas/site-config.ts';
import { EDITOR_SAVE_SCRIPT, editorPage } from './editor-page.ts';

/** The prebuilt Decap CMS bundle and the chunks and WebAssembly it loads from beside itself. */
function bundleFiles(): { dir: string; files: string[] } {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  const files = readdirSync(dir).filter(
    (file) => /^(?:\d+\.)?decap-cms\.js$/.test(file) || file.endsWith('.wasm'),
  );
  return { dir, files };
}

/** The script that keeps what an editor left empty out of saved files, as the browser runs it. */
async function saveScript(root: string): Promise<string> {
  const source = join(root, 'src/browser/editor-save.ts');
  return (await transformWithOxc(readFileSync(source, 'utf8'), source)).code;
}

/**
 * The web editor at /admin/ of the staff edition: its page, its configuration (generated from the
 * schemas, the taxonomies and site.config.yaml) and the Decap CMS bundle copied from node_modules,
 * so nothing is fetched from a CDN. The public edition never has it.
 */
export function webEditor(config: SiteConfig, edition: Edition, root: string): AstroIntegration {
  return {
    name: 'networking-hub:web-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (edition !== 'staff' || !config.editing) return;
        const editorConfig = cmsConfig(config, readTermOptions(root));
        if (!editorConfig) return;
        const adminDir = join(fileURLToPath(dir), 'admin');
        mkdirSync(adminDir, { recursive: true });
        const bundle = bundleFiles();
        for (const file of bundle.files) copyFileSync(join(bundle.dir, file), join(adminDir, file));
        writeFileSync(join(adminDir, 'config.yml'), cmsConfigText(editorConfig));
        writeFileSync(join(adminDir, EDITOR_SAVE_SCRIPT), await saveScript(root));
        writeFileSync(join(adminDir, 'index.html'), editorPage(config));
        logger.info(`Wrote the web editor to admin/ (${bundle.files.length} bundle files).`);
      },
    },
  };
}
