/**
 * npm test: every test (unit, content, build output and browser) in one Vitest run.
 * Checks for Chromium, Java and Apache first, so a missing browser, Java runtime or web server is
 * explained rather than failing obscurely.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { hasApache, HOW_TO_GET_APACHE } from '../tests/support/apache.ts';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../tests/support/chromium.ts';
import { hasJava, HOW_TO_GET_JAVA } from '../tests/support/java.ts';

const chromium = await findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (!hasJava()) {
  console.error(HOW_TO_GET_JAVA);
  process.exit(1);
}
if (!hasApache()) {
  console.error(HOW_TO_GET_APACHE);
  process.exit(1);
}

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);

try {
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  console.log(
    `\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`,
  );
} catch {
  console.log('\nNo test report was written: see the output above.');
}
process.exit(run.status ?? 1);
