import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessibility, launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { indexedPages } from '../support/search-index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const contactsInIndex = indexedPages().filter((page) => page.filters['type']?.includes('contact'));
const namesWhere = (match: (page: (typeof contactsInIndex)[number]) => boolean) =>
  contactsInIndex
    .filter(match)
    .map((page) => page.meta['name'])
    .sort();

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
  const budgetInFinance = namesWhere(
    (page) =>
      Boolean(page.filters['department']?.includes('vpf')) && /\bbudget/i.test(page.content),
  );

  it('finds exactly the right people for a topic filtered by department, and keeps it in the URL', async () => {
    expect(budgetInFinance.length).toBeGreaterThan(1);
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    await page.locator('#directory-q').fill('budgeting');
    await page.locator('#directory-q').press('Enter');
    const everyone = await resultsAfter(page, 1);
    expect(everyone.length).toBeGreaterThan(budgetInFinance.length);
    await page.locator('[data-facet="department"] summary').click();
    await page.getByLabel(/^Office of the Vice President for Finance/).check();
    expect(await resultsAfter(page, 2)).toEqual(budgetInFinance);
    expect(new URL(page.url()).search).toBe('?q=budgeting&department=vpf');
    await expect(page.locator('#directory-status').textContent()).resolves.toBe(
      `${budgetInFinance.length} contacts match your search.`,
    );
    await expect(page.locator('[data-directory-listing]').isHidden()).resolves.toBe(true);

    const shared = await openPage(browser);
    await shared.page.goto(page.url());
    expect(await resultsAfter(shared.page, 1)).toEqual(budgetInFinance);
    await expect(shared.page.locator('#directory-q').inputValue()).resolves.toBe('budgeting');
    await expect(shared.page.locator('#facet-department-vpf').isChecked()).resolves.toBe(true);
    await shared.context.close();

    await page.goBack();
    expect(await resultsAfter(page, 3)).toEqual(everyone);
    await expect(page.locator('#facet-department-vpf').isChecked()).resolves.toBe(false);
    await page.goForward();
    expect(await resultsAfter(page, 4)).toEqual(budgetInFinance);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('combines filters without words, and counts the contacts behind each value of an opened facet', async () => {
    const expected = namesWhere((page) =>
      Boolean(
        page.filters['topic']?.includes('budgeting') && page.filters['accepting']?.includes('yes'),
      ),
    );
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/?topic=budgeting&accepting=yes'));
    expect(await resultsAfter(page, 1)).toEqual(expected);
    const vpfCount = namesWhere((p) =>
      Boolean(
        p.filters['topic']?.includes('budgeting') &&
        p.filters['accepting']?.includes('yes') &&
        p.filters['department']?.includes('vpf'),
      ),
    ).length;
    const vpf = page.locator('label[for="facet-department-vpf"] [data-count]');
    await expect(vpf.textContent()).resolves.toBe('');
    await page.locator('[data-facet="department"] summary').click();
    await page.waitForFunction(
      (expected) =>
        document.querySelector('label[for="facet-department-vpf"] [data-count]')?.textContent ===
        expected,
      `(${vpfCount})`,
    );
    await page.locator('[data-facet="topic"] summary').click();
    const budgetingTotal = namesWhere((p) =>
      Boolean(p.filters['topic']?.includes('budgeting') && p.filters['accepting']?.includes('yes')),
    ).length;
    await page.waitForFunction(
      (expected) =>
        document.querySelector('label[for="facet-topic-budgeting"] [data-count]')?.textContent ===
        expected,
      `(${budgetingTotal})`,
    );
    await context.close();
  });

  it('suggests removing a filter when nothing matches', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/?q=budgeting&department=libraries'));
    expect(await resultsAfter(page, 1)).toEqual([]);
    await expect(page.locator('#directory-status').textContent()).resolves.toBe(
      'No contacts match your search.',
    );
    const remove = page.getByRole('button', { name: 'Remove Department: Libraries' });
    await remove.click();
    expect((await resultsAfter(page, 2)).length).toBeGreaterThan(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('directory-status');
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
    const found = await resultsAfter(page, 2);
    await expect(status.textContent()).resolves.toBe(
      `${found.length} ${found.length === 1 ? 'contact matches' : 'contacts match'} your search.`,
    );
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

  it('loads no search code until the reader starts searching', async () => {
    const { page, context } = await openPage(browser);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(siteUrl('directory/'), { waitUntil: 'networkidle' });
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#directory-q').fill('data');
    await page.locator('#directory-q').press('Enter');
    await resultsAfter(page, 1);
    expect(fetched.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('says that search needs a build when there is no index, as in astro dev', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
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
    expect(await page.locator('[data-directory-listing] .contact-card').count()).toBeGreaterThan(
      10,
    );
    await expect(page.getByRole('link', { name: 'By department' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('from the search box to a request, by keyboard only', () => {
  it('reaches a profile and its request link without a mouse', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/'));
    await tabTo(page, (element) => element.id === 'directory-q');
    await page.keyboard.type('Priya');
    await page.keyboard.press('Enter');
    expect(await resultsAfter(page, 1)).toContain('Priya Raman');
    await tabTo(
      page,
      (element) => element.closest('#directory-results') !== null && element.tagName === 'A',
    );
    await Promise.all([page.waitForURL('**/directory/priya-raman/'), page.keyboard.press('Enter')]);
    await tabTo(page, (element) => element.getAttribute('href')?.startsWith('mailto:') ?? false);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^mailto:praman@example\.edu\?subject=/);
    await context.close();
  });
});

describe('the request composer', () => {
  it('keeps the mailto link in step with what the reader writes', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('directory/priya-raman/'));
    await page.locator('#request-subject').fill('Coffee & budgets?');
    await page.locator('#request-body').fill('Dear Priya,\nI am Zoë.\nThanks');
    const href =
      (await page
        .getByRole('link', { name: 'Open this request in your email app' })
        .getAttribute('href')) ?? '';
    expect(href).toBe(
      'mailto:praman@example.edu?subject=Coffee%20%26%20budgets%3F&body=Dear%20Priya%2C%0D%0AI%20am%20Zo%C3%AB.%0D%0AThanks',
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
    const headings = await page.locator('#site-search-results h2').allTextContents();
    const order = ['Guides', 'Contacts', 'Workshops and events', 'Employee groups'];
    const shown = headings.map((heading) => heading.replace(/ \(\d+\)$/, ''));
    expect(shown.slice(0, 2)).toEqual(['Guides', 'Contacts']);
    expect(shown).toEqual(order.filter((type) => shown.includes(type)));
    expect(await page.locator('#site-search-results mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describeAccessibility(
  () => browser,
  [
    ['directory with results', 'directory/?q=budget&department=vpf'],
    ['directory page 1', 'directory/'],
    ['profile', 'directory/priya-raman/'],
    ['paused profile', 'directory/gregory-whitfield/'],
    ['department', 'departments/vpf/'],
    ['topics index', 'topics/'],
    ['goal', 'goals/skills/'],
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
