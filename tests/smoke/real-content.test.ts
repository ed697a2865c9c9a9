/**
 * The one test of the real content/, built on the real clock. It checks only what must hold for
 * any institution's content, so it passes when a school replaces the sample content with its own:
 * every page is valid HTML (html-validate and the W3C Nu checker) and links only to what exists,
 * and one page of each type has no accessibility (WCAG 2.2 AA) or content security policy
 * violation, in light and dark mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { HTML_RULES } from '../support/html-rules.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { describeAccessibility, launchBrowser } from '../support/browser.ts';
import { DIST, htmlPages, loadPage, urlPathOf } from '../support/dist.ts';
import { nuCheck, type NuMessage } from '../support/nu-checker.ts';
import { brokenLinks } from '../support/served-file.ts';

/** Each kind of page the site builds; `always` ones exist whatever the content holds. */
const PAGE_TYPES: { name: string; file: RegExp; always: boolean }[] = [
  { name: 'home', file: /^index\.html$/, always: true },
  { name: 'not found', file: /^404\.html$/, always: true },
  { name: 'guides', file: /^guides\/index\.html$/, always: true },
  { name: 'guide', file: /^guides\/[^/]+\/index\.html$/, always: false },
  { name: 'directory', file: /^directory\/index\.html$/, always: true },
  { name: 'directory page', file: /^directory\/page\/\d+\/index\.html$/, always: false },
  { name: 'profile', file: /^directory\/(?!page\/|match\/)[^/]+\/index\.html$/, always: false },
  { name: 'guided match', file: /^directory\/match\/index\.html$/, always: true },
  { name: 'browse', file: /^(departments|topics|goals)\/index\.html$/, always: true },
  { name: 'browse term', file: /^(departments|topics|goals)\/[^/]+\/index\.html$/, always: false },
  {
    name: 'browse term page',
    file: /^(departments|topics|goals)\/[^/]+\/page\/\d+\/index\.html$/,
    always: false,
  },
  { name: 'workshops', file: /^workshops\/index\.html$/, always: true },
  { name: 'workshop', file: /^workshops\/[^/]+\/index\.html$/, always: false },
  { name: 'groups', file: /^groups\/index\.html$/, always: true },
  { name: 'search', file: /^search\/index\.html$/, always: true },
];

const pages = htmlPages();
// Where the school publishes the site; links are checked as they would resolve there.
const site = new URL((parse(readFileSync('site.config.yaml', 'utf8')) as { url: string }).url);
const base = new URL(inject('siteUrl')).pathname;
const typeOf = (page: string) => PAGE_TYPES.filter((type) => type.file.test(page));
/** The first page of each type the content produced, as [type, path under the base]. */
const onePageOfEachType = PAGE_TYPES.flatMap((type) => {
  const page = pages.find((file) => type.file.test(file));
  return page ? [[type.name, urlPathOf(page).slice(1)] as const] : [];
});

describe('the site built from content/', () => {
  it('has the pages every site has, and only pages of known types', () => {
    expect(pages.filter((page) => typeOf(page).length !== 1)).toEqual([]);
    const built = new Set(pages.flatMap((page) => typeOf(page).map((type) => type.name)));
    expect(PAGE_TYPES.filter((type) => type.always && !built.has(type.name))).toEqual([]);
  });

  it('has a privacy notice and a join page, linked from the footer of every page', () => {
    for (const guide of ['privacy-notice', 'become-a-contact']) {
      expect(pages).toContain(`guides/${guide}/index.html`);
      const href = `${base}guides/${guide}/`;
      expect(
        pages.filter((page) => loadPage(page)(`footer a[href="${href}"]`).length !== 1),
      ).toEqual([]);
    }
  });

  it.each(pages)('%s is valid HTML', async (page) => {
    const report = await new HtmlValidate(HTML_RULES).validateFile(join(DIST, page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('passes the W3C Nu HTML checker, every page of it', async () => {
    // One checker run for the whole site: Java starts once, not once per page.
    const messages: NuMessage[] = await nuCheck(pages.map((page) => join(DIST, page)));
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.text}`)).toEqual([]);
  });

  it.each(pages)('%s links only to pages and anchors that exist', (page) => {
    const $ = loadPage(page);
    const path = urlPathOf(page) === '/404' ? '/404.html' : urlPathOf(page);
    const here = new URL(`${base.slice(0, -1)}${path}`, site);
    const internal = $('a[href], link[href], script[src], img[src], form[action]')
      .toArray()
      .filter((element) => $(element).attr('rel') !== 'canonical')
      .map(
        (element) =>
          $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action') ?? '',
      )
      .filter((raw) => !/^[a-z]+:/i.test(raw) || new URL(raw).origin === site.origin);
    // Every page links at least to the home page, its stylesheet and its main content.
    expect(internal.length).toBeGreaterThan(2);
    expect(brokenLinks(DIST, base, here, internal)).toEqual([]);
  });
});

describe('the prefilled request, for any institution', () => {
  const profiles = pages.filter((page) => typeOf(page).some((type) => type.name === 'profile'));
  const requests = profiles.flatMap((page) => {
    const body = loadPage(page)('textarea[name="body"]').text();
    return body ? [[page, body] as const] : [];
  });
  const { goals } = parse(readFileSync('content/taxonomies/goals.yaml', 'utf8')) as {
    goals: { id: string; requestPhrase: string }[];
  };

  it('asks about every goal in the contact’s words, not the reader’s', () => {
    for (const { id, requestPhrase } of goals)
      expect(`${id}: ${requestPhrase}`).not.toMatch(/\bmy (department|area|unit|team|office)\b/i);
  });

  it.each(requests)('%s keeps its placeholder, stays short and offers no email', (_, body) => {
    expect(body).toContain('[why I chose you]');
    expect(body).toContain('I am not asking about vacancies.');
    expect(body).not.toMatch(/\bmy department\b|by email/i);
    expect(body.split(/\s+/).length).toBeLessThanOrEqual(120);
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describeAccessibility(() => browser, onePageOfEachType);
