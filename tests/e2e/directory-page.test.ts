import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { layoutShiftSoFar } from '../support/layout-shift.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

// Who the fixture site's directory search finds (tests/fixtures/site/content/contacts): four
// current contacts mention budgets, three of them in the Finance Office.
const BUDGET = ['Amara Osei', 'Ben Carter', 'Dmitri Volkov', 'Elif Yilmaz'];
const BUDGET_IN_FINANCE = ['Amara Osei', 'Ben Carter', 'Dmitri Volkov'];

/**
 * Waits until the search in the URL is `search` and its results are shown, then returns the names.
 * The state turns to loading as the URL changes, so "ready" here is the search for that URL.
 */
async function settledOn(page: Page, search: string): Promise<string[]> {
  await page.waitForFunction(
    (expected) =>
      location.search === expected &&
      document.getElementById('directory-search')?.dataset['state'] === 'ready',
    search,
  );
  const names = await page
    .locator('#directory-results:not([hidden]) [data-field="name"]')
    .allTextContents();
  return names.sort();
}

/** Where the status line (the result count) is: 'above', 'in view' or 'below' the window. */
function statusPlace(page: Page): Promise<string> {
  return page.evaluate(() => {
    const rect = document.getElementById('directory-status')!.getBoundingClientRect();
    if (rect.bottom <= 0) return 'above';
    if (rect.top >= innerHeight) return 'below';
    return rect.top >= 0 && rect.bottom <= innerHeight ? 'in view' : 'partly in view';
  });
}

const activeName = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    text: document.activeElement?.textContent ?? '',
  }));

describe('pressing Search', () => {
  it('on a phone, moves focus to the result count and scrolls it into view', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: PHONE });
    await page.goto(siteUrl('directory/'));
    await settledOn(page, '');
    await page.locator('#directory-q').fill('budgeting');
    await expect(statusPlace(page)).resolves.toBe('below');
    await page.locator('#directory-form button[type="submit"]').click();
    expect(await settledOn(page, '?q=budgeting')).toEqual(BUDGET);
    await expect(activeName(page)).resolves.toEqual({
      id: 'directory-status',
      text: '4 contacts match your search.',
    });
    await expect(statusPlace(page)).resolves.toBe('in view');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a desktop, moves focus to the result count too, by Enter in the box', async () => {
    const { page, context } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(siteUrl('directory/'));
    await page.locator('#directory-q').fill('budgeting');
    await page.locator('#directory-q').press('Enter');
    expect(await settledOn(page, '?q=budgeting')).toEqual(BUDGET);
    await expect(activeName(page)).resolves.toMatchObject({ id: 'directory-status' });
    await expect(statusPlace(page)).resolves.toBe('in view');
    await context.close();
  });

  it('on an empty box, says what to type rather than that a search was cleared', async () => {
    const { page, context } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(siteUrl('directory/'));
    await settledOn(page, '');
    await page.locator('#directory-q').press('Enter');
    await page.waitForFunction(() => document.getElementById('directory-status')?.textContent);
    await expect(activeName(page)).resolves.toEqual({
      id: 'directory-status',
      text: 'Type a name, job title or topic to search. All contacts are listed below, A to Z.',
    });
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });
});

describe('the filters in use', () => {
  it('show as chips above the results; each removes its own filter, and Clear all empties the search', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('directory/?q=budgeting&department=finance'));
    expect(await settledOn(page, '?q=budgeting&department=finance')).toEqual(BUDGET_IN_FINANCE);
    const chips = page.getByRole('list', { name: 'In use:' }).getByRole('button');
    await expect(chips.allTextContents()).resolves.toEqual([
      'Remove Search words: budgeting×',
      'Remove Department: Finance Office×',
      'Clear all',
    ]);
    // Above the results, not only when nothing is found.
    const [chipsBottom, resultsTop] = await page.evaluate(() => [
      document.getElementById('directory-in-use')!.getBoundingClientRect().bottom,
      document.getElementById('directory-results')!.getBoundingClientRect().top,
    ]);
    expect(chipsBottom).toBeLessThanOrEqual(resultsTop);

    await page.getByRole('button', { name: 'Remove Department: Finance Office' }).click();
    expect(await settledOn(page, '?q=budgeting')).toEqual(BUDGET);
    await expect(page.locator('#facet-department-finance').isChecked()).resolves.toBe(false);
    // The chip that took its place has focus.
    await expect(activeName(page)).resolves.toEqual({
      id: '',
      text: 'Remove Search words: budgeting×',
    });
    await expect(chips.allTextContents()).resolves.toEqual([
      'Remove Search words: budgeting×',
      'Clear all',
    ]);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await settledOn(page, '');
    expect(new URL(page.url()).pathname).toMatch(/\/directory\/$/);
    await expect(page.locator('#directory-q').inputValue()).resolves.toBe('');
    await expect(page.locator('#directory-in-use').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-directory-listing]').isVisible()).resolves.toBe(true);
    await expect(activeName(page)).resolves.toEqual({
      id: 'directory-status',
      text: 'Search cleared. All contacts are listed below, A to Z.',
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gain a chip when the reader ticks a filter', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    await page.locator('[data-facet="department"] summary').click();
    await page.getByLabel(/^Finance Office/).check();
    await settledOn(page, '?department=finance');
    await expect(
      page.getByRole('button', { name: 'Remove Department: Finance Office' }).isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });
});

describe('history', () => {
  it('keeps one entry per search while typing, and Back returns to the previous search, then the empty directory', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl());
    await page.goto(siteUrl('directory/'));
    await settledOn(page, '');
    const box = page.locator('#directory-q');
    await box.pressSequentially('budget');
    await settledOn(page, '?q=budget');
    await box.fill('');
    await box.pressSequentially('data');
    await settledOn(page, '?q=data');
    await box.press('Enter');
    await settledOn(page, '?q=data');

    await page.goBack();
    expect(await settledOn(page, '?q=budget')).toEqual(BUDGET);
    await expect(box.inputValue()).resolves.toBe('budget');
    await page.goBack();
    await settledOn(page, '');
    expect(new URL(page.url()).pathname).toMatch(/\/directory\/$/);
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toMatch(/\/directory\//);
    await context.close();
  });
});

describe('layout shift', () => {
  const pages = [
    ['the directory', 'directory/', '#directory-search'],
    ['a directory search', 'directory/?q=budget&department=finance', '#directory-search'],
    ['a directory search that finds no one', 'directory/?q=zzzz', '#directory-search'],
    ['the network map guide', 'guides/map-your-network/', '#network-map'],
  ] as const;
  const viewports = [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ] as const;

  it.each(
    viewports.flatMap(([device, viewport]) =>
      pages.map(([name, path, tool]) => [name, device, path, tool, viewport] as const),
    ),
  )(
    '%s on %s moves by less than 0.02 once its script has run',
    async (_, __, path, tool, viewport) => {
      const { page, context, errors } = await openPage(browser, { viewport });
      await page.goto(siteUrl(path));
      await page.waitForSelector(`${tool}[data-state="ready"]`, { state: 'attached' });
      expect(await layoutShiftSoFar(page)).toBeLessThan(0.02);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
