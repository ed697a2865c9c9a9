import type { APIRoute } from 'astro';
import { site } from '../site/site.ts';
import { href } from '../shared/urls.ts';

/**
 * Crawlers may fetch every page: the pages about people say `noindex` themselves, and a crawler
 * that was kept out by robots.txt could never read that and might list the bare address.
 */
export const GET: APIRoute = () => {
  const sitemap = new URL(href('sitemap-index.xml'), site.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
