import { defineConfig } from 'vitest/config';

/** The projects that read a built site: one build, served on localhost, shared by their files. */
const builtSite = {
  environment: 'node',
  testTimeout: 120_000,
  hookTimeout: 300_000,
  // Browser tests share one Chromium and one server; running files one by one keeps a 2-core machine calm.
  fileParallelism: false,
} as const;

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker, which ran every file in turn with the
    // processor mostly idle: browser tests wait on Chromium, builds on the disk. Three let the
    // fixture's browser tests, the project builds and the tools' tests overlap.
    maxWorkers: 3,
    projects: [
      // Split by cost: unit tests run in-process (npm run test:unit, a few seconds), the tools'
      // tests start processes, the site tests build the site and drive Chromium.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          // Each test starts Node several times: seconds apiece, more on a busy machine.
          testTimeout: 60_000,
        },
      },
      {
        // Builds of their own copies of the project (failing ones above all): they need no shared
        // build, so they start at once and run beside the browser tests, one file at a time.
        test: {
          name: 'project-builds',
          include: ['tests/project-builds/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The fixture institution (tests/fixtures/site) built on the pinned today; tests/deploy
        // serves that build through the Apache recipe in deploy/apache.
        test: {
          name: 'site',
          include: [
            'tests/build/**/*.test.ts',
            'tests/e2e/**/*.test.ts',
            'tests/deploy/**/*.test.ts',
          ],
          globalSetup: ['tests/support/build-and-serve.ts'],
          ...builtSite,
        },
      },
      {
        // The real content/ on the real clock: only what must hold for any institution's content.
        test: {
          name: 'smoke',
          include: ['tests/smoke/**/*.test.ts'],
          globalSetup: ['tests/smoke/build-and-serve-real.ts'],
          ...builtSite,
        },
      },
    ],
  },
});
