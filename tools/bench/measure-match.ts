/**
 * The guided match's budget: results within 100 ms once its data has loaded. Measured in Chromium
 * on the built copy: the page marks when the goal's data has arrived and measures until its
 * suggestions are on the page (MATCH_MARKS in src/shared/match.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { MATCH_MARKS, type MatchData } from '../../src/shared/match.ts';
import { siteUrls, type SiteUrls } from '../../src/shared/urls.ts';
import { withPreview } from './preview-copy.ts';

/** Page loads measured; the median is reported. */
const RUNS = 7;
const READY_TIMEOUT_MS = 60_000;

export interface MatchFigures {
  /** The goal with the most accepting contacts, which the measurement uses. */
  goal: string;
  contacts: number;
  /** Its data file, gzip-compressed as a server would send it. */
  dataGzipBytes: number;
  /** Median time from the data's arrival to the suggestions on the page. */
  resultsMs: number;
}

/** The largest goal's data in dist/, or undefined when the build has no guided match. */
function largestGoal(dist: string): { data: MatchData; bytes: Buffer } | undefined {
  // dist/ holds the site as if published at "/": the page's folder is where its data lies.
  const folder = join(dist, siteUrls('/').match());
  if (!existsSync(folder)) return undefined;
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const bytes = readFileSync(join(folder, file));
      return { data: JSON.parse(bytes.toString('utf8')) as MatchData, bytes };
    });
  return files.sort((a, b) => b.data.contacts.length - a.data.contacts.length)[0];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function resultsInBrowser(urls: SiteUrls, data: MatchData): Promise<number> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  // A topic and a department too, so every part of the ranking runs.
  const first = data.contacts[0];
  const address = urls.absolute(
    urls.match({
      goal: data.goal,
      ...(first?.topics[0] ? { topic: first.topics[0] } : {}),
      ...(first ? { from: first.department } : {}),
    }),
  );
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(address);
      await page
        .locator('#guided-match[data-state="ready"]')
        .waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
      times.push(
        await page.evaluate(
          (name) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? NaN,
          MATCH_MARKS.results,
        ),
      );
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

/** Serves the copy's dist/ and measures the guided match; undefined when the build has none. */
export async function measureMatch(root: string, base: string): Promise<MatchFigures | undefined> {
  const largest = largestGoal(join(root, 'dist'));
  if (!largest) return undefined;
  return withPreview(root, base, async (urls) => ({
    goal: largest.data.goal,
    contacts: largest.data.contacts.length,
    dataGzipBytes: gzipSync(largest.bytes).length,
    resultsMs: await resultsInBrowser(urls, largest.data),
  }));
}
