/**
 * Global setup of the test projects that read a built site: builds a temporary copy once, serves
 * its dist/ on localhost, and gives the tests where it is (inject('distDir'); inject('siteUrl'),
 * base path included) and what "now" the build used (inject('pinnedNowMs'), null for the real
 * clock).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { childEnv } from './child-env.ts';
import { freePort } from './free-port.ts';
import { FIXTURE_NOW_MS } from './fixtures.ts';
import { buildCopy, type ContentSource } from './project-copy.ts';
import { stopProcess } from './stop-process.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
    pinnedNowMs: number | null;
  }
}

/**
 * `astro preview` of a copy, run in the copy: astro.config.mjs reads site.config.yaml from the
 * working directory, so a preview started from this process would serve with this project's base.
 */
export async function startPreview(root: string, port: number, url: string): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: root,
      env: childEnv({ ASTRO_PREVIEW_BACKGROUND: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Astro prints its address once it listens; the server answering is the sure sign.
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(url).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill();
      throw new Error(`astro preview did not serve ${url}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return server;
}

export async function buildAndServe(project: TestProject, content: ContentSource) {
  const copy = buildCopy({ content });
  if (copy.status !== 0) {
    copy.remove();
    throw new Error(
      `The ${content === 'real' ? 'real content' : 'fixture site'} did not build, so the tests that read it cannot run:\n${copy.output}`,
    );
  }
  // The site's address includes its base path (a school may publish under /networking).
  const base = readSiteConfig(copy.root).base.replace(/\/?$/, '/');
  const siteUrl = `http://127.0.0.1:${await freePort()}${base}`;
  const server = await startPreview(copy.root, Number(new URL(siteUrl).port), siteUrl);
  project.provide('siteUrl', siteUrl);
  project.provide('distDir', copy.dist);
  project.provide('pinnedNowMs', content === 'real' ? null : FIXTURE_NOW_MS);
  return async () => {
    await stopProcess(server);
    copy.remove();
  };
}

/** The "site" project: the fixture institution on the pinned today. */
export default function setup(project: TestProject) {
  return buildAndServe(project, 'site');
}
