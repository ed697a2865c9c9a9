import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** A Chromium or Chrome binary for the browser tests: CHROMIUM_PATH, a system install, or Playwright's download. */
export async function findChromium(): Promise<string | undefined> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  const { chromium } = await import('playwright-core');
  const downloaded = chromium.executablePath();
  return downloaded && existsSync(downloaded) ? downloaded : undefined;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium was found, and the browser tests need one. Install it, then run npm test again:
  - Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - macOS, Windows or any machine that can download browsers:  npx playwright install chromium
  - or point CHROMIUM_PATH at an installed Chrome or Chromium binary.`;

/** Flags for headless Chromium in containers and on machines without outside network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
