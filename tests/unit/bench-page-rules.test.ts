import { describe, expect, it } from 'vitest';
import {
  grantsSearchAllowances,
  importedPaths,
  isUnusedPagefindFile,
  listingUrls,
  moduleScripts,
  pageKind,
  pageUrl,
  policyComesFirst,
  policyOf,
  sizeSummary,
  startsPagefind,
} from '../../tools/bench/page-rules.ts';
import { siteUrls } from '../../src/shared/urls.ts';

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; worker-src 'self' blob:; script-src 'self' 'wasm-unsafe-eval'">`;
const STYLESHEET = '<link rel="stylesheet" href="/_astro/BaseLayout.css">';

describe('the bench reads a page', () => {
  it('as its URL from its file in dist/', () => {
    expect(pageUrl('directory/amara-abdi/index.html')).toBe('/directory/amara-abdi/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });

  it('as a profile, a directory listing or another page', () => {
    const listings = listingUrls(
      siteUrls('/'),
      [
        { kind: 'topics', ids: ['budgeting'] },
        { kind: 'departments', ids: ['finance'] },
      ],
      2,
    );
    expect([...listings].sort()).toEqual([
      '/departments/',
      '/departments/finance/',
      '/departments/finance/page/2/',
      '/directory/',
      '/directory/page/2/',
      '/topics/',
      '/topics/budgeting/',
      '/topics/budgeting/page/2/',
    ]);
    const profiles = new Set(['/directory/amara-abdi/']);
    expect(pageKind('/directory/amara-abdi/', profiles, listings)).toBe('profile');
    expect(pageKind('/directory/page/2/', profiles, listings)).toBe('listing');
    expect(pageKind('/topics/', profiles, listings)).toBe('listing');
    expect(pageKind('/directory/match/', profiles, listings)).toBe('other');
    expect(pageKind('/directory/page/3/', profiles, listings)).toBe('other');
    expect(pageKind('/404.html', profiles, listings)).toBe('other');
  });

  it('for its policy, and whether it grants what only search needs', () => {
    expect(policyOf(`<head>${POLICY}</head>`)).toBe(
      "default-src 'self'; worker-src 'self' blob:; script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(policyOf('<head><title>x</title></head>')).toBe(undefined);
    expect(grantsSearchAllowances("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")).toBe(
      true,
    );
    expect(grantsSearchAllowances("default-src 'self'; worker-src 'self' blob:")).toBe(true);
    expect(grantsSearchAllowances("default-src 'self'; script-src 'self'")).toBe(false);
  });

  it('for whether the policy comes before every stylesheet and script', () => {
    expect(policyComesFirst(`<head><meta charset="utf-8">${POLICY}${STYLESHEET}</head>`)).toBe(
      true,
    );
    expect(policyComesFirst(`<head>${STYLESHEET}${POLICY}</head>`)).toBe(false);
    expect(
      policyComesFirst(`<head><script type="module" src="/a.js"></script>${POLICY}</head>`),
    ).toBe(false);
    expect(policyComesFirst(`<head>${STYLESHEET}</head>`)).toBe(false);
    expect(policyComesFirst(`<head>${POLICY}</head>`)).toBe(true);
  });

  it('for its module scripts, external and inline', () => {
    const html =
      '<script type="module" src="/_astro/search.js"></script>' +
      '<script type="application/ld+json">{}</script>' +
      '<script type="module">import "./x.js";</script>' +
      '<script src="decap-cms.js"></script>';
    expect(moduleScripts(html)).toEqual([
      { src: '/_astro/search.js' },
      { inline: 'import "./x.js";' },
    ]);
  });
});

describe('a script', () => {
  it('names the modules it imports by a relative path', () => {
    const chunk =
      'import{a as e,i as t}from"./search-correction.D6pTsSh-.js";import"./announce.js";' +
      'const l=()=>import("./lazy.js");import{x}from"astro/runtime";';
    expect(importedPaths(chunk)).toEqual([
      './search-correction.D6pTsSh-.js',
      './announce.js',
      './lazy.js',
    ]);
  });

  it('starts Pagefind when it imports the URL of pagefind.js', () => {
    // As Vite bundles src/browser/pagefind-loader.ts.
    expect(startsPagefind('let e=await import(t.pagefindScript());await e.init()')).toBe(true);
    expect(startsPagefind('await import("/networking/pagefind/pagefind.js")')).toBe(true);
    // The URL helpers alone, as every page's bundle has them.
    expect(startsPagefind('pagefindScript:()=>`${n(`pagefind`)}pagefind.js`')).toBe(false);
  });
});

describe('Pagefind files no page uses', () => {
  it('are the ready-made UIs, the highlighter and the unknown-language wasm', () => {
    const names = [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'wasm.en.pagefind',
      'pagefind.en_e709fd0136.pf_meta',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
      'wasm.unknown.pagefind',
    ];
    expect(names.filter(isUnusedPagefindFile)).toEqual([
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
      'wasm.unknown.pagefind',
    ]);
  });
});

describe('page sizes', () => {
  it('sum up as count, median and largest', () => {
    expect(sizeSummary([3000, 1000, 2000])).toEqual({ count: 3, median: 2000, max: 3000 });
    expect(sizeSummary([4000, 1000, 2000, 3000])).toEqual({ count: 4, median: 2500, max: 4000 });
    expect(sizeSummary([])).toBe(undefined);
  });
});
