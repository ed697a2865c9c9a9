import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessibility, launchBrowser, openPage, siteUrl } from '../support/browser.ts';

const MAP_KEY = 'networking-hub:network-map';
const PLAN_KEY = 'networking-hub:question-plan';
const KEPT_ASIDE =
  'What was saved is kept aside in this browser, as it was: download it to keep a copy, or delete it.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` with `value` stored under `key`, as an earlier visit (or a broken one) left it. */
async function openWithStored(path: string, key: string, value: string) {
  const opened = await openPage(browser);
  // Stored once, before the page's own scripts run; reloads then see what the page left.
  await opened.context.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem('stored-by-test')) return;
      localStorage.setItem(k, v);
      sessionStorage.setItem('stored-by-test', 'yes');
    },
    [key, value] as const,
  );
  await opened.page.goto(siteUrl(path));
  return opened;
}

/** Every value stored under a key set aside for `key`. */
const setAside = (page: Page, key: string) =>
  page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((candidate) => candidate.startsWith(prefix))
        .map((candidate) => localStorage.getItem(candidate)),
    `${key}.unreadable-`,
  );

const storedNames = (page: Page) =>
  page.evaluate(
    (key) =>
      (
        JSON.parse(localStorage.getItem(key) ?? '{"people":[]}') as { people: { name: string }[] }
      ).people.map((person) => person.name),
    MAP_KEY,
  );

async function addPerson(page: Page, name: string) {
  await page.getByLabel('Name or initials').fill(name);
  await page.getByRole('button', { name: 'Add to my map' }).click();
}

describe('the network map, with what an earlier visit stored', () => {
  it('keeps the people it can read, says one was left out, and never saves over the original', async () => {
    const stored = JSON.stringify({
      version: 1,
      people: [
        { id: 'a', name: 'Ana', circle: 'own-team', closeness: 3 },
        { id: 'x', name: 'Xu', circle: 'mars', closeness: 2 },
        { id: 'b', name: 'Ben', circle: 'leadership', closeness: 1 },
      ],
    });
    const { page, context, errors } = await openWithStored(
      'guides/map-your-network/',
      MAP_KEY,
      stored,
    );
    const circles = page.locator('[data-network-circles]');
    await expect(circles.locator('li').allTextContents()).resolves.toEqual([
      'Ana: They would help me if I asked Remove',
      'Ben: We have met Remove',
    ]);
    await expect(page.locator('[data-kept-message]').textContent()).resolves.toBe(
      `1 saved person could not be read and was left out. ${KEPT_ASIDE}`,
    );
    await expect(page.locator('[data-kept-notice]').isVisible()).resolves.toBe(true);

    await addPerson(page, 'Cleo');
    await expect(storedNames(page)).resolves.toEqual(['Ana', 'Ben', 'Cleo']);
    await expect(setAside(page, MAP_KEY)).resolves.toEqual([stored]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the saved map that could not be read' }).click(),
    ]);
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe(stored);

    // Deleting the map deletes what was kept aside too: nothing of it stays in the browser.
    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(setAside(page, MAP_KEY)).resolves.toEqual([]);
    await expect(page.evaluate((key) => localStorage.getItem(key), MAP_KEY)).resolves.toBeNull();
    await expect(page.locator('[data-kept-notice]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets aside a store that is not JSON at all, tells the reader, and deletes it when asked', async () => {
    const { page, context, errors } = await openWithStored(
      'guides/map-your-network/',
      MAP_KEY,
      '{"version": 1, "people": [',
    );
    await expect(page.locator('[data-kept-message]').textContent()).resolves.toBe(
      `Your saved map could not be read. ${KEPT_ASIDE}`,
    );
    await expect(page.locator('[data-network-empty]').isVisible()).resolves.toBe(true);
    await addPerson(page, 'Dev');
    await expect(storedNames(page)).resolves.toEqual(['Dev']);
    await expect(setAside(page, MAP_KEY)).resolves.toEqual(['{"version": 1, "people": [']);

    // On the next visit the reader is reminded, until they delete it.
    await page.reload();
    await expect(page.locator('[data-kept-message]').textContent()).resolves.toBe(
      'A saved map that could not be read on an earlier visit is kept aside in this browser: download it to keep a copy, or delete it.',
    );
    await page.getByRole('button', { name: 'Delete the saved map that could not be read' }).click();
    await expect(page.locator('[data-kept-notice]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-network-status]').textContent()).resolves.toBe(
      'The saved map that could not be read is deleted.',
    );
    await expect(setAside(page, MAP_KEY)).resolves.toEqual([]);
    await expect(storedNames(page)).resolves.toEqual(['Dev']);
    await page.reload();
    await expect(page.locator('[data-kept-notice]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('importing a network map', () => {
  it('gives people with the same id ids of their own, so Remove removes only one', async () => {
    const file = join(tmpdir(), `network-map-duplicates-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        people: [
          { id: 'p1', name: 'Ana', circle: 'own-team', closeness: 3 },
          { id: 'p1', name: 'Ben', circle: 'own-team', closeness: 2 },
          { id: 'p1', name: 'Cleo', circle: 'own-team', closeness: 1 },
          { id: 'p2', name: 'Xu', circle: 'mars', closeness: 1 },
        ],
      }),
    );
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('guides/map-your-network/'));
    await page.locator('#network-import').setInputFiles(file);
    await page
      .locator('[data-network-status]', {
        hasText: 'Imported 3 people. 1 person in this file could not be read and was left out.',
      })
      .waitFor();
    await page.getByRole('button', { name: 'Remove Ben' }).click();
    await expect(page.locator('[data-network-circles] li').allTextContents()).resolves.toEqual([
      'Ana: They would help me if I asked Remove',
      'Cleo: We have met Remove',
    ]);
    await expect(storedNames(page)).resolves.toEqual(['Ana', 'Cleo']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the interview plan, with what an earlier visit stored', () => {
  it('moves a question whose stored id holds "] down, keeping focus on it', async () => {
    const { page, context, errors } = await openWithStored(
      'guides/question-bank/',
      PLAN_KEY,
      JSON.stringify([
        { id: 'own-1"] [x', question: 'First?', purpose: 'own' },
        { id: 'own-2', question: 'Second?', purpose: 'own' },
      ]),
    );
    await page.getByRole('button', { name: 'Move down: First?' }).click();
    await expect(
      page.locator('[data-plan-list] .plan__question').allTextContents(),
    ).resolves.toEqual(['Second?', 'First?']);
    // Move down is now disabled at the end of the list, so focus stays on the same question.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('Move up: First?');
    await expect(page.locator('[data-kept-notice]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the questions it can read and sets the original aside', async () => {
    const stored = JSON.stringify([
      { id: 'own-1', question: 'First?', purpose: 'own' },
      { id: 'own-2', question: 42, purpose: 'own' },
    ]);
    const { page, context, errors } = await openWithStored(
      'guides/question-bank/',
      PLAN_KEY,
      stored,
    );
    await expect(
      page.locator('[data-plan-list] .plan__question').allTextContents(),
    ).resolves.toEqual(['First?']);
    await expect(page.locator('[data-kept-message]').textContent()).resolves.toBe(
      `1 saved question could not be read and was left out. ${KEPT_ASIDE}`,
    );
    await page.locator('#own-question').fill('Third?');
    await page.locator('#own-question').press('Enter');
    await expect(setAside(page, PLAN_KEY)).resolves.toEqual([stored]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// The notice, shown, is as readable and operable as the rest of the page.
describeAccessibility(
  () => browser,
  [
    ['network map with a notice', 'guides/map-your-network/'],
    ['interview plan with a notice', 'guides/question-bank/'],
  ],
  async (page, path) => {
    const key = path.includes('map') ? MAP_KEY : PLAN_KEY;
    await page.evaluate((k) => localStorage.setItem(k, 'not json'), key);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-kept-notice]').waitFor();
  },
);
