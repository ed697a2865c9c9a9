import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-and-serve.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Browser tests share one Chromium and one server; running files one by one keeps a 2-core machine calm.
          fileParallelism: false,
        },
      },
    ],
  },
});
