import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** The address of a page on the test server: siteUrl('guides/'). */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors (CSP violations among them) and sub-resources that failed to load. */
  errors: string[];
}

/**
 * A page in its own context (axe needs one) that records console errors such as CSP violations,
 * on the clock of the build it shows.
 */
export async function openPage(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    javaScriptEnabled?: boolean;
    /** The reader's clock, when a test moves it away from the build's "now". */
    nowMs?: number;
    /** The reader's IANA time zone; the machine's by default. */
    timezoneId?: string;
    /** The window's size in CSS pixels, such as a phone's { width: 390, height: 844 }. */
    viewport?: { width: number; height: number };
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  // The page's clock starts at the build's "now", so what the browser hides as ended since the
  // build (sessions) agrees with what the build left out, whatever the date on the machine.
  const nowMs = options.nowMs ?? inject('pinnedNowMs');
  if (nowMs !== null) await context.clock.install({ time: nowMs });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // Failed loads are reported below with their address; the page's own 404 status is not an error.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document')
      errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Opens a page in a colour scheme and returns what axe (WCAG 2.2 AA) and the console found. */
export async function auditPage(
  browser: Browser,
  path: string,
  colorScheme: 'light' | 'dark',
  prepare: (page: Page) => Promise<void> = async () => {},
): Promise<{ violations: string[]; errors: string[] }> {
  const { page, context, errors } = await openPage(browser, { colorScheme });
  try {
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    await prepare(page);
    return { violations: await axeViolations(page), errors };
  } finally {
    await context.close();
  }
}

/** In the light and dark schemes: each page has no WCAG 2.2 AA violations and no CSP or script errors. */
export function describeAccessibility(
  browser: () => Browser,
  pages: readonly (readonly [name: string, path: string])[],
  prepare?: (page: Page, path: string) => Promise<void>,
): void {
  describe.each(['light', 'dark'] as const)(
    'accessibility in the %s colour scheme',
    (colorScheme) => {
      it.each(pages)(
        'the %s page has no WCAG 2.2 AA violations and no CSP or script errors',
        async (_, path) => {
          const { violations, errors } = await auditPage(
            browser(),
            path,
            colorScheme,
            prepare && ((page) => prepare(page, path)),
          );
          expect(violations).toEqual([]);
          expect(errors).toEqual([]);
        },
      );
    },
  );
}
