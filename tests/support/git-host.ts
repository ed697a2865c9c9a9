/**
 * The web editor's sign-in without the network: the built /admin/ page and its config.yml as our
 * own code writes them for an `editing` setting, and stand-ins for a git host's origins that
 * answer as the host would and record every request the browser makes to them.
 */
import type { BrowserContext, Request, Route } from 'playwright-core';
import {
  cmsConfig,
  cmsConfigText,
  readTermOptions,
  type Editing,
} from '../../src/content-model/cms-config.ts';
import { siteConfigSchema } from '../../src/content-model/schemas/site-config.ts';
import { readSiteConfig } from '../../src/content-model/site-config-file.ts';
import { editorPage } from '../../src/integrations/editor-page.ts';
import { FIXTURE_SITE } from './fixtures.ts';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | null;
}

export type HostAnswer = (request: RecordedRequest) => {
  status?: number;
  json?: unknown;
  html?: string;
  /** An image, such as a user's avatar. */
  png?: Buffer;
  headers?: Record<string, string>;
};

/** A 1×1 PNG: what an avatar address answers. */
export const AVATAR_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=',
  'base64',
);

/**
 * Serves, in place of the fixture build's /admin/ page and configuration, the ones the staff
 * build writes for `editing` (the rest of /admin/, the bundle, is the build's own).
 */
export async function serveEditorFor(
  context: BrowserContext,
  adminUrl: string,
  editing: Record<string, unknown>,
): Promise<void> {
  const config = siteConfigSchema.parse({ ...readSiteConfig(FIXTURE_SITE), editing });
  const cms = cmsConfig(config, readTermOptions(FIXTURE_SITE));
  if (!cms) throw new Error('No editor configuration for this editing setting');
  const admin = new URL(adminUrl);
  const isAdmin = (url: URL, path: string) =>
    url.origin === admin.origin && url.pathname === `${admin.pathname}${path}`;
  await context.route(
    (url) => isAdmin(url, ''),
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: editorPage(config) }),
  );
  await context.route(
    (url) => isAdmin(url, 'config.yml'),
    (route) => route.fulfill({ contentType: 'text/yaml', body: cmsConfigText(cms) }),
  );
}

/** The `editing` setting as the schema completes it (the branch's default, for one). */
export function editingOf(editing: Record<string, unknown>): Editing {
  return siteConfigSchema.parse({ ...readSiteConfig(FIXTURE_SITE), editing }).editing as Editing;
}

/**
 * Refuses, and records, every request that would leave the machine. Registered first, so the
 * stand-in hosts registered after it take their own origins' requests.
 */
export async function keepOnMachine(context: BrowserContext): Promise<string[]> {
  const strays: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      strays.push(`${route.request().method()} ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  return strays;
}

function recorded(request: Request): RecordedRequest {
  return {
    method: request.method(),
    url: new URL(request.url()),
    headers: request.headers(),
    body: request.postData(),
  };
}

/**
 * A git host's origin (or an OAuth relay's): each request is recorded, a CORS preflight is
 * allowed as the host allows the editor's origin, and `answer` says what the host replies.
 */
export async function standInHost(
  context: BrowserContext,
  origin: string,
  editorOrigin: string,
  answer: HostAnswer,
): Promise<RecordedRequest[]> {
  const requests: RecordedRequest[] = [];
  const cors = {
    'access-control-allow-origin': editorOrigin,
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-expose-headers': 'link, x-total-pages, x-total',
  };
  await context.route(
    (url) => url.origin === origin,
    async (route: Route) => {
      const request = recorded(route.request());
      if (request.method === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      requests.push(request);
      const reply = answer(request);
      const headers = { ...cors, ...reply.headers };
      if (reply.png !== undefined)
        return route.fulfill({ status: 200, headers, contentType: 'image/png', body: reply.png });
      if (reply.html !== undefined)
        return route.fulfill({
          status: reply.status ?? 200,
          headers,
          contentType: 'text/html; charset=utf-8',
          body: reply.html,
        });
      return route.fulfill({
        status: reply.status ?? 200,
        headers,
        contentType: 'application/json',
        body: JSON.stringify(reply.json ?? null),
      });
    },
  );
  return requests;
}
