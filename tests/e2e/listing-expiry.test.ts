import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, siteUrl } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Ben Carter (tests/fixtures/site) confirmed on 2026-03-15; with the fixture's 18 months he is
// listed until 15 September 2027, the whole of that day. The build's today is 2026-11-26.
const PROFILE = 'directory/ben-carter/';
const READER_ZONE = 'America/New_York';
// 23:30 on 15 September 2027 in New York (UTC-4 in summer): his last listed day there, though
// in UTC it is already the 16th.
const LAST_EVENING = Date.parse('2027-09-16T03:30:00Z');
// Midnight of 16 September 2027 in New York: the first moment after his listing.
const DAY_AFTER = Date.parse('2027-09-16T04:00:00Z');

const EXPIRED_NOTICE =
  'This listing has expired. Ben Carter was listed until 15 September 2027, so this page offers no way to send a request. They may have left the directory or not yet re-confirmed their listing.';

describe('a profile whose listing expires after the build', () => {
  it('says until when the contact is listed, in words and as a date, even without JavaScript', async () => {
    const { page, context } = await openPage(browser, {
      javaScriptEnabled: false,
      nowMs: DAY_AFTER,
    });
    await page.goto(siteUrl(PROFILE));
    const until = page.locator('time[datetime="2027-09-15"]');
    await expect(until.textContent()).resolves.toBe('15 September 2027');
    await expect(page.locator('.profile .meta').last().textContent()).resolves.toBe(
      'Last confirmed 15 March 2026. Listed until 15 September 2027.',
    );
    await context.close();
  });

  it('still offers the request on the last evening of the listing where the reader is', async () => {
    const { page, context, errors } = await openPage(browser, {
      nowMs: LAST_EVENING,
      timezoneId: READER_ZONE,
    });
    await page.goto(siteUrl(PROFILE));
    await expect(page.locator('[data-listing-status]').textContent()).resolves.toBe(
      'Taking requests',
    );
    await expect(page.locator('[data-composer]').count()).resolves.toBe(1);
    await expect(page.locator('a[href^="mailto:bcarter@example.edu"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-listing-expired-notice]').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.not.toContain(
      'This listing has expired',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('once the day is over, says the listing has expired, offers no request and points to the directory', async () => {
    const { page, context, errors } = await openPage(browser, {
      nowMs: DAY_AFTER,
      timezoneId: READER_ZONE,
    });
    await page.goto(siteUrl(PROFILE));
    const notice = page.locator('[data-listing-expired-notice]');
    await expect(notice.isVisible()).resolves.toBe(true);
    // Where the request was: under the section's heading.
    await expect(
      page.locator('#request-heading + [data-listing-expired-notice]').count(),
    ).resolves.toBe(1);
    await expect(
      notice
        .locator('p')
        .first()
        .textContent()
        .then((text) => text?.replace(/\s+/g, ' ')),
    ).resolves.toBe(EXPIRED_NOTICE);
    const directory = page.getByRole('link', {
      name: 'Find someone else who can help in the directory',
    });
    await expect(directory.getAttribute('href')).resolves.toBe('/directory/');
    await expect(page.locator('[data-listing-status]').textContent()).resolves.toBe(
      'Listing expired: not taking requests',
    );
    await expect(page.locator('[data-composer]').count()).resolves.toBe(0);
    await expect(page.locator('#request-body').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="mailto:"]').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.not.toContain('bcarter@example.edu');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('cards of a listing that expired after the build', () => {
  it('say so in the A to Z listing', async () => {
    const { page, context, errors } = await openPage(browser, {
      nowMs: DAY_AFTER,
      timezoneId: READER_ZONE,
    });
    await page.goto(siteUrl('directory/'));
    const card = (name: string) =>
      page.locator('[data-directory-listing] .contact-card', { hasText: name });
    await expect(card('Ben Carter').locator('[data-field="status"]').textContent()).resolves.toBe(
      'Listing expired: not taking requests',
    );
    await expect(card('Amara Osei').locator('[data-field="status"]').textContent()).resolves.toBe(
      'Taking requests',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('say so in the directory search results', async () => {
    const { page, context, errors } = await openPage(browser, {
      nowMs: DAY_AFTER,
      timezoneId: READER_ZONE,
    });
    await page.goto(siteUrl('directory/?q=budgeting'));
    await page.waitForFunction(() => {
      const root = document.getElementById('directory-search');
      return root?.dataset['state'] === 'ready' && Number(root.dataset['queryCount']) >= 1;
    });
    const statuses = await page
      .locator('#directory-results .contact-card')
      .evaluateAll((cards) =>
        cards.map(
          (card) =>
            `${card.querySelector('[data-field="name"]')?.textContent}: ${card.querySelector('[data-field="status"]')?.textContent}`,
        ),
      );
    expect(statuses.sort()).toEqual([
      'Amara Osei: Taking requests',
      'Ben Carter: Listing expired: not taking requests',
      'Dmitri Volkov: Paused: not taking requests',
      'Elif Yilmaz: Taking requests',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)(
  'an expired profile in the %s colour scheme',
  (colorScheme) => {
    it('has no WCAG 2.2 AA violations', async () => {
      const { page, context, errors } = await openPage(browser, {
        colorScheme,
        nowMs: DAY_AFTER,
        timezoneId: READER_ZONE,
      });
      await page.goto(siteUrl(PROFILE), { waitUntil: 'networkidle' });
      await expect(page.locator('[data-listing-expired-notice]').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  },
);
