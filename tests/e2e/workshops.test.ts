import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAccessibility, launchBrowser, openPage, siteUrl } from '../support/browser.ts';
import { parseCalendar } from '../support/ical.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The end of each upcoming session of the fixture site, soonest first (the build's "now" is
// 2026-11-26T12:00Z, and the page's clock starts there too).
const UPCOMING_ENDS = [
  Date.parse('2026-12-03T22:00:00Z'),
  Date.parse('2026-12-10T23:00:00Z'),
  Date.parse('2027-01-14T18:00:00Z'),
  Date.parse('2027-01-28T19:30:00Z'),
  Date.parse('2027-02-04T22:00:00Z'),
  Date.parse('2027-02-18T19:30:00Z'),
  Date.parse('2027-02-18T23:00:00Z'),
  Date.parse('2027-03-18T21:00:00Z'),
];
const visibleEnds = (page: Page) =>
  page
    .locator('.sessions [data-session-end]:visible')
    .evaluateAll((all) => all.map((e) => Number((e as HTMLElement).dataset['sessionEnd'])));

describe('the workshops page', () => {
  it('lists upcoming sessions only', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('workshops/'));
    expect(await visibleEnds(page)).toEqual(UPCOMING_ENDS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hides a session that ended since the build, after a reload with the clock moved on', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('workshops/'));
    await page.clock.setSystemTime(Date.parse('2026-12-03T22:01:00Z'));
    await page.reload();
    expect(await visibleEnds(page)).toEqual(UPCOMING_ENDS.slice(1));
    await context.close();
  });

  it('says so when every session has ended', async () => {
    const { page, context } = await openPage(browser);
    await page.clock.setSystemTime(Date.parse('2100-01-01T00:00:00Z'));
    await page.goto(siteUrl('workshops/'));
    await expect(
      page.locator('section[aria-labelledby="upcoming-heading"] > [data-no-sessions]').isVisible(),
    ).resolves.toBe(true);
    expect(await page.locator('.month:visible').count()).toBe(0);
    expect(await page.getByText('No upcoming sessions. Check').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('downloads a calendar file for a session', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('workshops/networking-basics/'));
    const link = page.locator('.sessions a[download]').first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('networking-basics-2026-12-03.ics');
    const { events } = parseCalendar(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(events).toMatchObject([
      { summary: 'Networking Basics', startUtc: '2026-12-03T19:00:00.000Z' },
    ]);
    await context.close();
  });
});

describeAccessibility(
  () => browser,
  [
    ['workshops', 'workshops/'],
    ['workshop', 'workshops/networking-basics/'],
    ['networking event', 'workshops/winter-coffee-mixer/'],
    ['groups', 'groups/'],
  ],
);

describe('site-wide search', () => {
  it('finds workshops and employee groups too', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('search/?q=networking'));
    await page.waitForFunction(
      () => document.getElementById('site-search-results')?.dataset['state'] === 'ready',
    );
    const headings = (await page.locator('#site-search-results h2').allTextContents()).map(
      (heading) => heading.replace(/ \(\d+\)$/, ''),
    );
    expect(headings).toContain('Workshops and events');
    await page.goto(siteUrl('search/?q=budget'));
    await page.waitForFunction(
      () => document.getElementById('site-search-results')?.dataset['state'] === 'ready',
    );
    const groupLinks = await page
      .locator('#site-search-results section:has(h2:text-matches("Employee groups")) a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(groupLinks).toEqual(['/groups/#group-budget-holders-forum']);
    await context.close();
  });
});
