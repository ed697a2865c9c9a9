import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { today } from '../../src/content-model/clock.ts';
import { validateContent } from '../../src/content-model/validation/validate-content.ts';
import { DIST, htmlPages, loadPage, urlPathOf } from '../support/dist.ts';

const site = readSiteConfig(process.cwd());
const base = site.base.replace(/\/?$/, '/');
const pages = htmlPages();

/** The file in dist/ that an internal URL path is served from, if any. */
function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const inside = decodeURIComponent(urlPath.slice(base.length));
  const candidates =
    inside === '' || inside.endsWith('/')
      ? [`${inside}index.html`]
      : [inside, `${inside}.html`, `${inside}/index.html`];
  return candidates.find(
    (candidate) => existsSync(join(DIST, candidate)) && statSync(join(DIST, candidate)).isFile(),
  );
}

describe('every page of the built site', () => {
  it('includes the home page, the 404 page and the guides', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'guides/index.html']));
  });

  it.each(pages)('%s has lang, a title, a meta description and exactly one h1', (page) => {
    const $ = loadPage(page);
    expect($('html').attr('lang')).toBe('en');
    expect($('head > title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('h1')).toHaveLength(1);
  });

  it.each(pages)('%s is valid HTML', async (page) => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateFile(
      join(DIST, page),
    );
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it.each(pages)('%s has a skip link to its main content', (page) => {
    const $ = loadPage(page);
    const skip = $('a.skip-link').first();
    expect(skip.attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
  });

  it.each(pages)(
    '%s carries a content security policy that allows Pagefind and nothing from other sites',
    (page) => {
      const $ = loadPage(page);
      const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy).toContain("worker-src 'self' blob:");
      expect(policy).not.toMatch(/https?:\/\//);
    },
  );

  it.each(pages)('%s loads nothing from another site', (page) => {
    const $ = loadPage(page);
    const resources = $(
      'script[src], link[href]:not([rel="canonical"]), img[src], iframe[src], source[src]',
    )
      .map((_, element) => $(element).attr('src') ?? $(element).attr('href') ?? '')
      .get();
    expect(resources.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });

  it.each(pages)('%s links only to pages and anchors that exist', (page) => {
    const $ = loadPage(page);
    const here = new URL(
      urlPathOf(page) === '/404' ? `${base}404.html` : `${base.slice(0, -1)}${urlPathOf(page)}`,
      site.url,
    );
    const broken: string[] = [];
    $('a[href], link[href], script[src], img[src]').each((_, element) => {
      const raw = $(element).attr('href') ?? $(element).attr('src') ?? '';
      const url = new URL(raw, here);
      if (url.origin !== new URL(site.url).origin || $(element).attr('rel') === 'canonical') return;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(raw);
      } else if (url.hash) {
        const target = file.endsWith('.html') ? loadPage(file) : undefined;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target || target(`[id="${id}"]`).length === 0) broken.push(raw);
      }
    });
    expect(broken).toEqual([]);
  });
});

describe('contacts on the built site', () => {
  it('counts only contacts whose confirmation is current', () => {
    const result = validateContent(process.cwd(), today());
    const published = result.content.entries.contacts.length - result.staleContacts.length;
    const text = loadPage('index.html')('main').text().replace(/\s+/g, ' ');
    expect(text).toContain(`${published} colleagues in`);
  });
});

describe('the theme', () => {
  it('serves the configured colours as a stylesheet', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(join(DIST, 'theme.css'), 'utf8');
    expect(css).toContain(`--accent:${site.theme.accent}`);
    expect(css).toContain(`--accent:${site.theme.accentDark}`);
  });
});
