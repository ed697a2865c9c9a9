import type { APIRoute } from 'astro';
import { urls } from '../site/site.ts';

/**
 * Crawlers may fetch every page: the pages about people say `noindex` themselves, and a crawler
 * that was kept out by robots.txt could never read that and might list the bare address.
 */
export const GET: APIRoute = () => {
  const sitemap = urls.absolute(urls.sitemapIndex());
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
