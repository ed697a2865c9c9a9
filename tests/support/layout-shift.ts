import type { Page } from 'playwright-core';

/**
 * The page's cumulative layout shift so far: every 'layout-shift' entry Chromium buffered since
 * the page started loading, summed (stricter than the web-vitals figure, which keeps the worst
 * window and leaves out shifts just after input). Call it once the page has settled.
 */
export async function layoutShiftSoFar(page: Page): Promise<number> {
  // A screenshot makes Chromium draw a new frame, so a change made just before is laid out and
  // counted. (requestAnimationFrame would not do: the test clock fakes it.)
  await page.screenshot();
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number })[];
    observer.disconnect();
    return entries.reduce((sum, entry) => sum + entry.value, 0);
  });
}
