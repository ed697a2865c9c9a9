import type { APIRoute } from 'astro';
import { drawNetwork } from '../shared/network-drawing.ts';
import { svgMarkup } from '../shared/svg-tree.ts';

/** The empty network map as a file of its own: what a reader without JavaScript prints and fills in. */
export const GET: APIRoute = () =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup(
      drawNetwork([], { id: 'blank-network-map', title: 'A blank network map', standalone: true }),
    )}\n`,
    { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } },
  );
