// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { readSiteConfig } from './src/lib/site-config-file.ts';

const site = readSiteConfig(process.cwd());

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  integrations: [contentValidation(), mdx()],
  // Shiki's inline styles would break the CSP, and the guides have no code to highlight.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Pagefind's search runs WebAssembly in a worker: it needs 'wasm-unsafe-eval' and worker-src blob:.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
