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

// Who the fixture site's directory search should find (tests/fixtures/site/content/contacts):
// four current contacts mention budgets, three of them in the Finance Office; Dmitri Volkov is paused.
const BUDGET = ['Amara Osei', 'Ben Carter', 'Dmitri Volkov', 'Elif Yilmaz'];
const BUDGET_IN_FINANCE = ['Amara Osei', 'Ben Carter', 'Dmitri Volkov'];

/** Waits until the directory search has finished `count` searches, then returns the names shown. */
async function resultsAfter(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => {
    const root = document.getElementById('directory-search');
    return root?.dataset['state'] === 'ready' && Number(root.dataset['queryCount']) >= n;
  }, count);
  const names = await page
    .locator('#directory-results:not([hidden]) [data-field="name"]')
    .allTextContents();
  return names.sort();
}

async function tabTo(
  page: Page,
  matches: (element: Element) => boolean,
  limit = 80,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('The keyboard never reached the element');
}

describe('searching the directory', () => {
  it('finds exactly the right people for a topic filtered by department, and keeps it in the URL', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    await page.locator('#directory-q').fill('budgeting');
    await page.locator('#directory-q').press('Enter');
    expect(await resultsAfter(page, 1)).toEqual(BUDGET);
    await page.locator('[data-facet="department"] summary').click();
    await page.getByLabel(/^Finance Office/).check();
    expect(await resultsAfter(page, 2)).toEqual(BUDGET_IN_FINANCE);
    expect(new URL(page.url()).search).toBe('?q=budgeting&department=finance');
    await expect(page.locator('#directory-status').textContent()).resolves.toBe(
      '3 contacts match your search.',
    );
    await expect(page.locator('[data-directory-listing]').isHidden()).resolves.toBe(true);

    const shared = await openPage(browser);
    await shared.page.goto(page.url());
    expect(await resultsAfter(shared.page, 1)).toEqual(BUDGET_IN_FINANCE);
    await expect(shared.page.locator('#directory-q').inputValue()).resolves.toBe('budgeting');
    await expect(shared.page.locator('#facet-department-finance').isChecked()).resolves.toBe(true);
    await shared.context.close();

    await page.goBack();
    expect(await resultsAfter(page, 3)).toEqual(BUDGET);
    await expect(page.locator('#facet-department-finance').isChecked()).resolves.toBe(false);
    await page.goForward();
    expect(await resultsAfter(page, 4)).toEqual(BUDGET_IN_FINANCE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('combines filters without words, and counts the contacts behind each value of an opened facet', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/?topic=budgeting&accepting=yes'));
    expect(await resultsAfter(page, 1)).toEqual(['Amara Osei', 'Ben Carter', 'Elif Yilmaz']);
    const finance = page.locator('label[for="facet-department-finance"] [data-count]');
    await expect(finance.textContent()).resolves.toBe('');
    await page.locator('[data-facet="department"] summary').click();
    await page.waitForFunction(
      () =>
        document.querySelector('label[for="facet-department-finance"] [data-count]')
          ?.textContent === '(2)',
    );
    await page.locator('[data-facet="topic"] summary').click();
    await page.waitForFunction(
      () =>
        document.querySelector('label[for="facet-topic-budgeting"] [data-count]')?.textContent ===
        '(3)',
    );
    await context.close();
  });

  it('suggests removing a filter when nothing matches', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/?q=budgeting&department=student-services'));
    expect(await resultsAfter(page, 1)).toEqual([]);
    await expect(page.locator('#directory-status').textContent()).resolves.toBe(
      'No contacts match your search.',
    );
    const remove = page.getByRole('button', { name: 'Remove Department: Student Services' });
    await remove.click();
    expect(await resultsAfter(page, 2)).toEqual(BUDGET);
    // Focus moves to the chip that took the removed one's place.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Remove Search words: budgeting×',
    );
    expect(new URL(page.url()).search).toBe('?q=budgeting');
    await context.close();
  });

  it('announces the number of results politely, and clearing the search brings back the A to Z listing', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    const status = page.locator('#directory-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await page.locator('#directory-q').fill('data');
    await page.locator('#directory-q').press('Enter');
    expect(await resultsAfter(page, 2)).toEqual(['Amara Osei', 'Elif Yilmaz', 'Gus Lindqvist']);
    await expect(status.textContent()).resolves.toBe('3 contacts match your search.');
    await page.locator('#directory-q').fill('');
    await page.locator('#directory-q').press('Enter');
    await page.waitForFunction(
      () => Number(document.getElementById('directory-search')?.dataset['queryCount']) >= 3,
    );
    await expect(page.locator('#directory-results').isVisible()).resolves.toBe(false);
    await expect(page.locator('#directory-more').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-directory-listing]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('loads no search index until the reader starts searching, and no Pagefind code at all', async () => {
    const { page, context } = await openPage(browser);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(siteUrl('directory/'), { waitUntil: 'networkidle' });
    expect(fetched.filter((path) => path.includes('/directory/search-index/'))).toEqual([]);
    await page.locator('#directory-q').fill('data');
    await page.locator('#directory-q').press('Enter');
    await resultsAfter(page, 1);
    expect(fetched).toContain('/directory/search-index/meta.json');
    expect(fetched).toContain('/directory/search-index/words/da.json');
    // The header search alone uses Pagefind, and only once the reader uses it.
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await context.close();
  });

  it('says that search needs a build when its index cannot be loaded', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/directory/search-index/**', (route) => route.abort());
    await page.goto(siteUrl('directory/?q=budget'));
    await page.waitForFunction(
      () => document.getElementById('directory-search')?.dataset['state'] === 'error',
    );
    await expect(page.locator('#directory-status').textContent()).resolves.toContain(
      'Search works on the built site only',
    );
    await context.close();
  });

  it('without JavaScript, hides the search and keeps the A to Z listing and the browse links', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('directory/'));
    await expect(page.locator('#directory-search').isHidden()).resolves.toBe(true);
    expect(await page.locator('[data-directory-listing] .contact-card').count()).toBe(50);
    await expect(page.getByRole('link', { name: 'By department' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('from the search box to a request, by keyboard only', () => {
  it('reaches a profile and its request link without a mouse', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    await tabTo(page, (element) => element.id === 'directory-q');
    await page.keyboard.type('Amara');
    await page.keyboard.press('Enter');
    expect(await resultsAfter(page, 1)).toEqual(['Amara Osei']);
    await tabTo(
      page,
      (element) => element.closest('#directory-results') !== null && element.tagName === 'A',
    );
    await Promise.all([page.waitForURL('**/directory/amara-osei/'), page.keyboard.press('Enter')]);
    await tabTo(page, (element) => element.getAttribute('href')?.startsWith('mailto:') ?? false);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^mailto:aosei@example\.edu\?subject=/);
    await context.close();
  });
});

describe('the request composer', () => {
  it('without JavaScript, sends what the reader wrote: the form opens it as a mailto: address', async () => {
    const { page, context, errors } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('directory/amara-osei/'));
    await page.locator('#request-subject').fill('Coffee & budgets?');
    await page.locator('#request-body').fill('Dear Amara,\nI am Zoë.\nThanks');
    // A mailto: address is handed to the email app, not loaded: the browser's request to navigate
    // is where the address the email app would get can be read.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    const navigation = new Promise<string>((resolve) => {
      cdp.on('Page.frameRequestedNavigation', ({ url }) => resolve(url));
    });
    await page.getByRole('button', { name: 'Open this request in your email app' }).click();
    // Chromium writes the form's spaces as "+", as for a web form; the HTML standard asks for %20,
    // as Firefox sends. Read as form data, it is the reader's text, line breaks and all.
    const url = await navigation;
    expect(url).toBe(
      'mailto:aosei@example.edu?subject=Coffee+%26+budgets%3F&body=Dear+Amara%2C%0D%0AI+am+Zo%C3%AB.%0D%0AThanks',
    );
    const fields = new URLSearchParams(url.slice(url.indexOf('?')));
    expect([fields.get('subject'), fields.get('body')]).toEqual([
      'Coffee & budgets?',
      'Dear Amara,\r\nI am Zoë.\r\nThanks',
    ]);
    // The test browser has no email app, so the handover itself fails; nothing else may.
    expect(errors).toEqual([`failed: ${url}`]);
    await context.close();
  });

  it('without JavaScript, shows the whole prefilled message in a field 16 lines tall', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('directory/amara-osei/'));
    const field = await page.locator('#request-body').evaluate((element) => ({
      lines: element.clientHeight / parseFloat(getComputedStyle(element).lineHeight),
      hidden: element.scrollHeight - element.clientHeight,
    }));
    expect(field.lines).toBeGreaterThanOrEqual(16);
    expect(field.hidden).toBe(0);
    await context.close();
  });

  it('keeps the mailto link in step with what the reader writes', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/amara-osei/'));
    await page.locator('#request-subject').fill('Coffee & budgets?');
    await page.locator('#request-body').fill('Dear Amara,\nI am Zoë.\nThanks');
    const href =
      (await page
        .getByRole('link', { name: 'Open this request in your email app' })
        .getAttribute('href')) ?? '';
    expect(href).toBe(
      'mailto:aosei@example.edu?subject=Coffee%20%26%20budgets%3F&body=Dear%20Amara%2C%0D%0AI%20am%20Zo%C3%AB.%0D%0AThanks',
    );
    await context.close();
  });
});

describe('site-wide search', () => {
  it('runs from the header and groups highlighted results by type', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl());
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('budget');
    await Promise.all([
      page.waitForURL('**/search/?q=budget'),
      page.getByRole('searchbox', { name: 'Search this site' }).press('Enter'),
    ]);
    await page.waitForFunction(
      () => document.getElementById('site-search-results')?.dataset['state'] === 'ready',
    );
    // "budget" is in one guide, four current profiles and one group, and in no workshop.
    await expect(page.locator('#site-search-results h2').allTextContents()).resolves.toEqual([
      'Guides (1)',
      'Contacts (4)',
      'Employee groups (1)',
    ]);
    expect(await page.locator('#site-search-results mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describeAccessibility(
  () => browser,
  [
    ['directory with results', 'directory/?q=budget&department=finance'],
    ['directory page 1', 'directory/'],
    ['directory page 2', 'directory/page/2/'],
    ['profile', 'directory/amara-osei/'],
    ['paused profile', 'directory/dmitri-volkov/'],
    ['department', 'departments/finance/'],
    ['topics index', 'topics/'],
    ['goal', 'goals/skills/'],
    ['second page of a topic', 'topics/campus-operations/page/2/'],
    ['site search', 'search/?q=budget'],
  ],
  async (page, path) => {
    if (path.includes('?q=')) await page.waitForSelector('[data-state="ready"]');
    await page
      .locator('details')
      .evaluateAll((all) =>
        all.forEach((details) => ((details as HTMLDetailsElement).open = true)),
      );
  },
);
