import type { APIRoute } from 'astro';
import { site } from '../site/site.ts';

/** The configured theme colours, served as a stylesheet so the CSP needs no inline styles. */
export const GET: APIRoute = () => {
  const { accent, accentDark } = site.theme;
  const css = `:root{--accent:${accent};}\n@media (prefers-color-scheme: dark){:root{--accent:${accentDark};}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
