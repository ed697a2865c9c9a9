import type { APIRoute } from 'astro';
import { encodePng } from '../site/png.ts';
import { site } from '../site/site.ts';
import { socialImage } from '../site/social-image.ts';

/** The default picture of link previews (og:image), drawn at build time from the theme colours. */
export const GET: APIRoute = () =>
  new Response(new Uint8Array(encodePng(socialImage(site.theme))), {
    headers: { 'Content-Type': 'image/png' },
  });
