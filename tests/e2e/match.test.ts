import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeAccessibility, launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { FIXTURE_SITE } from '../support/fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The reader's zone, so that "today" on the pinned clock (noon UTC) is the same date everywhere.
const READER_ZONE = 'Europe/London';
const day = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

/** Opens the match page on `query` and waits for its suggestions. */
async function suggestions(
  query: string,
  nowMs?: number,
): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const { page, context, errors } = await openPage(browser, {
    timezoneId: READER_ZONE,
    ...(nowMs === undefined ? {} : { nowMs }),
  });
  await page.goto(siteUrl(`directory/match/${query}`));
  await page.waitForFunction(
    () => document.getElementById('guided-match')?.dataset['state'] === 'ready',
  );
  return { page, close: () => context.close(), errors };
}

const names = (page: Page) => page.locator('#match-results [data-field="name"]').allTextContents();
const reasons = (page: Page) =>
  page.locator('#match-results [data-field="reasons"]').allTextContents();

/** The fixture's contacts as their files say: who is accepting and which goals they help with. */
const fixtureContacts = readdirSync(join(FIXTURE_SITE, 'content/contacts')).map((file) => {
  const data = parse(readFileSync(join(FIXTURE_SITE, 'content/contacts', file), 'utf8')) as {
    name: string;
    accepting: boolean;
    helpsWith: string[];
  };
  return data;
});

describe('the guided match', () => {
  it('suggests accepting colleagues for the goal, best fit first, each with why', async () => {
    const { page, close, errors } = await suggestions('?goal=skills&topic=budgeting&from=finance');
    // Elif knows budgeting and is outside finance; Amara knows budgeting; Gus is outside finance.
    expect(await names(page)).toEqual(['Elif Yilmaz', 'Amara Osei', 'Gus Lindqvist']);
    expect(await reasons(page)).toEqual([
      'helps with: which skills matter in their area; knows: budgeting; in another department',
      'helps with: which skills matter in their area; knows: budgeting',
      'helps with: which skills matter in their area; in another department',
    ]);
    await expect(
      page.locator('#match-results [data-field="department"]').allTextContents(),
    ).resolves.toEqual(['College Library', 'Finance Office', 'Student Services']);
    await expect(page.locator('#match-status').textContent()).resolves.toBe(
      '3 colleagues taking requests can help with this. 2 of them know budgeting. Here they are, best fit first.',
    );
    await expect(
      page.getByRole('link', { name: 'Elif Yilmaz' }).getAttribute('href'),
    ).resolves.toBe('/directory/elif-yilmaz/');
    await expect(page.locator('#match-goal').inputValue()).resolves.toBe('skills');
    await expect(page.locator('#match-topic').inputValue()).resolves.toBe('budgeting');
    await expect(page.locator('#match-from').inputValue()).resolves.toBe('finance');
    expect(errors).toEqual([]);
    await close();
  });

  it('lists only accepting contacts who help with the goal, at most ten, with a link to everyone', async () => {
    const { page, close } = await suggestions('?goal=other-departments&topic=budgeting');
    const shown = await names(page);
    const accepting = fixtureContacts
      .filter((contact) => contact.accepting && contact.helpsWith.includes('other-departments'))
      .map((contact) => contact.name);
    expect(accepting).toHaveLength(52);
    expect(shown).toHaveLength(10);
    expect(shown.filter((name) => !accepting.includes(name))).toEqual([]);
    // Dmitri Volkov helps with this goal and knows budgeting, but he has paused his listing.
    expect(shown).not.toContain('Dmitri Volkov');
    expect(new Set(await reasons(page))).toEqual(
      new Set(['helps with: what their department does day to day']),
    );
    await expect(page.locator('#match-status').textContent()).resolves.toBe(
      '52 colleagues taking requests can help with this. 0 of them know budgeting. Here are the 10 who fit best today.',
    );
    await expect(
      page.getByRole('link', { name: 'Everyone who can help with this' }).getAttribute('href'),
    ).resolves.toBe('/goals/other-departments/');
    await close();
  });

  it('puts colleagues outside the reader’s department first', async () => {
    const { page, close } = await suggestions('?goal=other-departments&from=facilities');
    // Of the 52, only Farah Haddad works outside Estates and Facilities.
    expect((await names(page))[0]).toBe('Farah Haddad');
    expect((await reasons(page))[0]).toBe(
      'helps with: what their department does day to day; in another department',
    );
    await close();
  });

  it('orders equally good matches differently on two days, and the same within a day', async () => {
    const query = '?goal=other-departments';
    const first = await suggestions(query, day('2026-11-26'));
    const thursday = await names(first.page);
    await first.page.reload();
    await first.page.waitForFunction(
      () => document.getElementById('guided-match')?.dataset['state'] === 'ready',
    );
    expect(await names(first.page)).toEqual(thursday);
    await first.close();
    const second = await suggestions(query, day('2026-11-25'));
    const wednesday = await names(second.page);
    await second.close();
    expect(thursday).toHaveLength(10);
    expect(wednesday).toHaveLength(10);
    expect(wednesday).not.toEqual(thursday);
  });

  it('no longer suggests a colleague once their listing has ended on the reader’s calendar', async () => {
    // Gus Lindqvist's listing runs until 1 December 2026.
    const { page, close } = await suggestions('?goal=skills', day('2026-12-02'));
    expect((await names(page)).sort()).toEqual(['Amara Osei', 'Elif Yilmaz']);
    await close();
  });

  it('runs from the form, with the choices in the URL', async () => {
    const { page, context } = await openPage(browser, { timezoneId: READER_ZONE });
    await page.goto(siteUrl('directory/match/'));
    await page.selectOption('#match-goal', 'skills');
    await page.selectOption('#match-from', 'library');
    await page.getByRole('button', { name: 'Suggest colleagues' }).click();
    await page.waitForURL((url) => url.search === '?goal=skills&from=library');
    await page.waitForFunction(
      () => document.getElementById('guided-match')?.dataset['state'] === 'ready',
    );
    expect((await names(page)).sort()).toEqual(['Amara Osei', 'Elif Yilmaz', 'Gus Lindqvist']);
    await context.close();
  });

  it('is where the home page’s questions lead', async () => {
    const { page, context } = await openPage(browser, { timezoneId: READER_ZONE });
    await page.goto(siteUrl());
    await page.getByRole('link', { name: 'Which skills matter now?' }).click();
    await page.waitForURL('**/directory/match/?goal=skills');
    await page.waitForFunction(
      () => document.getElementById('guided-match')?.dataset['state'] === 'ready',
    );
    await expect(page.locator('#match-goal').inputValue()).resolves.toBe('skills');
    expect(await names(page)).toHaveLength(3);
    await context.close();
  });

  it('without JavaScript, hides the form and links to everyone who can help with each question', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('directory/match/?goal=skills'));
    await expect(page.locator('#guided-match').isVisible()).resolves.toBe(false);
    const link = page.getByRole('link', { name: 'Which skills matter now?' });
    await expect(link.getAttribute('href')).resolves.toBe('/goals/skills/');
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Which skills matter now? (3 taking requests)',
    );
    await link.click();
    await page.waitForURL('**/goals/skills/');
    await expect(
      page.locator('main .contact-card [data-field="name"]').allTextContents(),
    ).resolves.toEqual(['Amara Osei', 'Elif Yilmaz', 'Gus Lindqvist']);
    await context.close();
  });
});

describeAccessibility(
  () => browser,
  [
    ['guided match', 'directory/match/'],
    ['guided match with suggestions', 'directory/match/?goal=skills&topic=budgeting&from=finance'],
  ],
  async (page, path) => {
    if (path.includes('goal='))
      await page.waitForFunction(
        () => document.getElementById('guided-match')?.dataset['state'] === 'ready',
      );
  },
);
