import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessibility, launchBrowser, openPage, siteUrl } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The fixture site's contacts (tests/fixtures/site/content/contacts) that mention budgets.
const BUDGET = ['Amara Osei', 'Ben Carter', 'Dmitri Volkov', 'Elif Yilmaz'];

async function directoryResultsAfter(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => {
    const root = document.getElementById('directory-search');
    return root?.dataset['state'] === 'ready' && Number(root.dataset['queryCount']) >= n;
  }, count);
  const names = await page
    .locator('#directory-results:not([hidden]) [data-field="name"]')
    .allTextContents();
  return names.sort();
}

async function searchDirectory(page: Page, words: string, count: number) {
  await page.locator('#directory-q').fill(words);
  await page.locator('#directory-q').press('Enter');
  return directoryResultsAfter(page, count);
}

async function siteGroupsAfter(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => {
    const results = document.getElementById('site-search-results');
    return results?.dataset['state'] === 'ready' && Number(results.dataset['queryCount']) >= n;
  }, count);
  return page.locator('#site-search-results h2').allTextContents();
}

describe('the directory search forgives typos', () => {
  it('shows the corrected search for a misspelt topic, and its link runs that search', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    expect(await searchDirectory(page, 'budjet', 1)).toEqual(BUDGET);
    const offer = page.locator('#directory-did-you-mean');
    await expect(offer.textContent()).resolves.toBe(
      'Did you mean budget? Nothing matches “budjet”, so these are the results for “budget”.',
    );
    await page.getByRole('link', { name: 'budget', exact: true }).click();
    await page.waitForURL((url) => url.search === '?q=budget');
    expect(await directoryResultsAfter(page, 1)).toEqual(BUDGET);
    await expect(offer.isHidden()).resolves.toBe(true);
    await expect(page.locator('#directory-q').inputValue()).resolves.toBe('budget');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a misspelt surname', 'Lindqvst', ['Gus Lindqvist']],
    ['a misspelt first name and surname', 'Amra Osie', ['Amara Osei']],
    ['a misspelt department', 'finanse', ['Amara Osei', 'Ben Carter', 'Dmitri Volkov']],
  ])('finds the intended contacts for %s ("%s")', async (_, words, expected) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    expect(await searchDirectory(page, words, 1)).toEqual(expected);
    await expect(page.locator('#directory-did-you-mean').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what the typed words found, and offers the correction when they found little', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    // As typed, "managers" finds the one contact whose bio says it (Farah Haddad); "manager" also
    // finds the two Managers by their job titles.
    expect(await searchDirectory(page, 'managers', 1)).toEqual(['Farah Haddad']);
    const offer = page.locator('#directory-did-you-mean');
    await expect(offer.textContent()).resolves.toBe('Did you mean manager?');
    await offer.getByRole('link', { name: 'manager' }).click();
    await page.waitForURL((url) => url.search === '?q=manager');
    expect(await directoryResultsAfter(page, 1)).toEqual([
      'Amara Osei',
      'Elif Yilmaz',
      'Farah Haddad',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the vocabulary only for a search that found little', async () => {
    const { page, context } = await openPage(browser);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(siteUrl('directory/'), { waitUntil: 'networkidle' });
    expect(await searchDirectory(page, 'budget', 1)).toEqual(BUDGET);
    expect(fetched.filter((path) => path.endsWith('/search-vocabulary.json'))).toEqual([]);
    expect(await searchDirectory(page, 'budjet', 2)).toEqual(BUDGET);
    expect(fetched.filter((path) => path.endsWith('/search-vocabulary.json'))).toHaveLength(1);
    await context.close();
  });
});

describe('the site search forgives typos', () => {
  it('shows the corrected search for a misspelt word, and its link runs that search', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('search/?q=budjet'));
    // As for "budget": one guide, four current profiles and one group.
    await expect(siteGroupsAfter(page, 1)).resolves.toEqual([
      'Guides (1)',
      'Contacts (4)',
      'Employee groups (1)',
    ]);
    await expect(page.locator('#site-search-status').textContent()).resolves.toBe(
      '6 results for “budget”.',
    );
    await page.locator('#site-search-did-you-mean').getByRole('link', { name: 'budget' }).click();
    await page.waitForURL((url) => url.search === '?q=budget');
    await expect(siteGroupsAfter(page, 1)).resolves.toEqual([
      'Guides (1)',
      'Contacts (4)',
      'Employee groups (1)',
    ]);
    await expect(page.locator('#site-search-did-you-mean').isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a contact by a misspelt surname', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('search/?q=Lindqvst'));
    await expect(siteGroupsAfter(page, 1)).resolves.toEqual(['Contacts (1)']);
    await expect(page.locator('#site-search-results a').allTextContents()).resolves.toEqual([
      'Gus Lindqvist',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describeAccessibility(
  () => browser,
  [
    ['directory offering a correction', 'directory/?q=budjet'],
    ['site search offering a correction', 'search/?q=budjet'],
  ],
  async (page) => {
    await page.waitForSelector('[data-state="ready"]');
    await page.waitForSelector('.did-you-mean:not([hidden])');
  },
);
