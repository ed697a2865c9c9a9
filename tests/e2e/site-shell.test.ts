import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessibility, launchBrowser, openPage, siteUrl } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE_TYPES = [
  ['home', ''],
  ['guides index', 'guides/'],
  ['guide', 'guides/start-here/'],
  ['not found', 'no-such-page/'],
] as const;

describe('the home page', () => {
  it('presents the guides, the colleagues who offered to talk, the workshop and the seven questions', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(siteUrl());
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Staff Connections');
    const offers = await page.locator('.offers h3').allTextContents();
    expect(offers).toEqual(['Learn how to network', 'Talk to a colleague', 'Join the workshop']);
    expect(await page.locator('ol.goals > li').count()).toBe(5);
    const register = page.getByRole('link', { name: 'Register in the Learning Portal' });
    await expect(register.getAttribute('href')).resolves.toBe(
      'https://learn.example.edu/courses/networking-basics',
    );
    // The header names the institution beside the site's title, which is the link home.
    const title = page.getByRole('banner').getByRole('link', {
      name: 'Harbour Valley College Staff Connections',
    });
    await expect(title.getAttribute('href')).resolves.toBe('/');
    await expect(page.locator('footer').textContent()).resolves.toContain(
      '© 2026 Harbour Valley College.',
    );
    await context.close();
  });

  it('lets a keyboard user skip straight to the main content', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl());
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('links to the guides from the header navigation', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl());
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Guides' })
      .click();
    await page.waitForURL('**/guides/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Guides');
    const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
    await expect(current.textContent()).resolves.toBe('Guides');
    await context.close();
  });
});

describe('a missing page', () => {
  it('answers 404 with a page that helps the reader on', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(siteUrl('no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(
      page.getByRole('link', { name: 'go to the home page' }).getAttribute('href'),
    ).resolves.toBe('/');
    await context.close();
  });
});

describeAccessibility(() => browser, PAGE_TYPES);

describe('without JavaScript', () => {
  it('a guide still reads in full', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('guides/start-here/'));
    await expect(page.locator('article h2').allTextContents()).resolves.toEqual([
      'Contents',
      'Why it helps',
      'How to begin',
    ]);
    await context.close();
  });
});

describe('printing', () => {
  it('hides the navigation and shows where external links go', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl());
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    const after = await page
      .getByRole('link', { name: 'Register in the Learning Portal' })
      .evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('https://learn.example.edu/courses/networking-basics');
    await context.close();
  });
});
