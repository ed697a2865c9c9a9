/**
 * The page of the web editor, /admin/index.html, with its own content security policy: as loose as
 * Decap CMS needs and no looser. Decap compiles its configuration schema with `new Function` (so
 * 'unsafe-eval') and styles itself with inline <style> elements (so 'unsafe-inline' for styles);
 * it may reach off-site only the configured git host, and show pictures (an editor's avatar beside
 * the account menu) from there too.
 */
import { editorOrigins } from '../content-model/cms-config.ts';
import type { SiteConfig } from '../content-model/schemas/site-config.ts';

/** Runs before each save (src/browser/editor-save.ts): a module, so after Decap has loaded. */
export const EDITOR_SAVE_SCRIPT = 'editor-save.js';

export function editorPolicy(config: SiteConfig): string {
  const origins = config.editing ? editorOrigins(config.editing) : [];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', 'blob:', ...origins].join(' '),
    ['connect-src', "'self'", ...origins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function editorPage(config: SiteConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escapeHtml(editorPolicy(config))}">
<meta name="robots" content="noindex">
<title>${escapeHtml(`Edit ${config.title}`)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript><p>The editor needs JavaScript. Without it, edit the files in content/ as CONTRIBUTING.md explains.</p></noscript>
<script src="decap-cms.js"></script>
<script type="module" src="${EDITOR_SAVE_SCRIPT}"></script>
</body>
</html>
`;
}
