import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, loadPage } from '../support/dist.ts';

const pages = htmlPages();
const policyOf = (page: string) =>
  loadPage(page)('meta[http-equiv="content-security-policy"]').attr('content');

// What every page is allowed; the pages below add only what they do beyond it.
const BASE =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'";

describe("each page's content security policy", () => {
  it('lets the search page run Pagefind: WebAssembly, its worker and fetching its index', () => {
    expect(policyOf('search/index.html')).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; connect-src 'self'",
    );
  });

  it('lets a profile taking requests send its form to the email app, and no more', () => {
    expect(policyOf('directory/abel-abbott/index.html')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self' mailto:; base-uri 'none'",
    );
  });

  it('gives a profile that has paused requests, and so has no request form, no mailto:', () => {
    expect(policyOf('directory/dmitri-volkov/index.html')).toBe(BASE);
  });

  it('gives a guide, the home page and a workshop only what every page has', () => {
    expect(policyOf('guides/ask-for-a-conversation/index.html')).toBe(BASE);
    expect(policyOf('index.html')).toBe(BASE);
    expect(policyOf('workshops/networking-basics/index.html')).toBe(BASE);
  });

  it('lets the guide with the network map draw its picture from a data: image', () => {
    expect(policyOf('guides/map-your-network/index.html')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'",
    );
  });

  it("lets the directory's first page and the guided match fetch the site's own data", () => {
    const fetching = `${BASE}; connect-src 'self'`;
    expect(policyOf('directory/index.html')).toBe(fetching);
    expect(policyOf('directory/match/index.html')).toBe(fetching);
    // Later pages of the directory have no search, so they fetch nothing.
    expect(policyOf('directory/page/2/index.html')).toBe(BASE);
  });

  it("allows Pagefind's WebAssembly on the search page alone, and workers nowhere", () => {
    const allowingWasm = pages.filter((page) => policyOf(page)?.includes("'wasm-unsafe-eval'"));
    const allowingWorkers = pages.filter((page) => policyOf(page)?.includes('worker-src'));
    expect(allowingWasm).toEqual(['search/index.html']);
    // Pagefind runs on the page (noWorker), and its worker script is not shipped.
    expect(allowingWorkers).toEqual([]);
  });

  it.each(pages)('%s allows mailto: exactly when it has a form that submits to one', (page) => {
    const $ = loadPage(page);
    const mailtoForms = $('form[action^="mailto:"]').length;
    expect(policyOf(page)?.includes('mailto:')).toBe(mailtoForms > 0);
  });

  it.each(pages)('%s states its policy first in <head>, right after its charset', (page) => {
    const $ = loadPage(page);
    const head = $('head > *').toArray();
    expect(head.slice(0, 2).map((element) => $.html(element).slice(0, 50))).toEqual([
      '<meta charset="utf-8">',
      '<meta http-equiv="content-security-policy" content',
    ]);
    expect($('meta[http-equiv="content-security-policy"]')).toHaveLength(1);
    // A browser looks for the charset in the first 1024 bytes only.
    const html = readFileSync(join(DIST, page), 'utf8');
    expect(html.indexOf('<meta charset="utf-8">')).toBeGreaterThan(0);
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(1024);
  });

  // The policies allow no inline code: a page that gained some would break in the browser.
  it.each(pages)('%s carries no inline script, style or event handler', (page) => {
    const $ = loadPage(page);
    const inlineScripts = $('script:not([src])')
      .toArray()
      .filter((script) => $(script).attr('type') !== 'application/ld+json');
    const handlers = $('*')
      .toArray()
      .flatMap((element) =>
        Object.keys($(element).attr() ?? {}).filter(
          (name) => name === 'style' || name.startsWith('on'),
        ),
      );
    const javascriptUrls = $(
      '[href^="javascript:"], [action^="javascript:"], [src^="javascript:"]',
    );
    expect(inlineScripts.map((script) => $.html(script).slice(0, 80))).toEqual([]);
    expect($('style').length).toBe(0);
    expect(handlers).toEqual([]);
    expect(javascriptUrls.length).toBe(0);
  });
});
