/**
 * Global setup of the "site" tests: builds the real site once, serves dist/ on localhost and gives
 * the tests its address.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { preview } from 'astro';
import { childEnv } from './child-env.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export default async function setup(project: TestProject) {
  // The same atomic build as npm run build: dist/ changes only if the whole build succeeds.
  const build = spawnSync(process.execPath, ['tools/build.ts'], {
    stdio: 'inherit',
    env: childEnv(),
  });
  if (build.status !== 0)
    throw new Error('The site did not build, so the build-output and browser tests cannot run.');
  const port = await freePort();
  const server = await preview({
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
  });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}/`);
  return async () => {
    await server.stop();
  };
}
