import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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

const visibleEnds = (ends: string[]) => ends.map(Number);

describe('the workshops page', () => {
  it('lists upcoming sessions only', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(siteUrl('workshops/'));
    const ends = visibleEnds(
      await page
        .locator('.sessions [data-session-end]:visible')
        .evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset['sessionEnd'] ?? '')),
    );
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((end) => end > Date.now())).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hides a session that ended since the build, after a reload with the clock moved on', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('workshops/'));
    const sessions = page.locator('.sessions [data-session-end]');
    const before = await sessions.evaluateAll((all) =>
      all.map((e) => Number((e as HTMLElement).dataset['sessionEnd'])),
    );
    const firstEnd = Math.min(...before);
    await page.clock.install({ time: firstEnd + 60_000 });
    await page.reload();
    const stillShown = await page
      .locator('.sessions [data-session-end]:visible')
      .evaluateAll((all) => all.map((e) => Number((e as HTMLElement).dataset['sessionEnd'])));
    expect(stillShown).not.toContain(firstEnd);
    expect(stillShown).toHaveLength(before.filter((end) => end > firstEnd + 60_000).length);
    await context.close();
  });

  it('says so when every session has ended', async () => {
    const { page, context } = await openPage(browser);
    await page.clock.install({ time: Date.parse('2100-01-01T00:00:00Z') });
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
    await page.goto(siteUrl('workshops/networking-and-informational-interviewing/'));
    const link = page.locator('.sessions a[download]').first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const { events } = parseCalendar(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toContain('Networking and Informational Interviewing');
    await context.close();
  });
});

describeAccessibility(
  () => browser,
  [
    ['workshops', 'workshops/'],
    ['workshop', 'workshops/networking-and-informational-interviewing/'],
    ['networking event', 'workshops/spring-staff-networking-mixer/'],
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
    expect(groupLinks.length).toBeGreaterThan(0);
    expect(groupLinks.every((href) => href?.includes('/groups/#group-'))).toBe(true);
    await context.close();
  });
});
