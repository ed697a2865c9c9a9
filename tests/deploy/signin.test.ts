/**
 * The Apache recipe in deploy/apache, for real: Apache with mod_auth_openidc over https in front of
 * the fixture institution's two editions, signing in against a local OpenID Connect provider,
 * driven in Chromium.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  hasApache,
  HOW_TO_GET_APACHE,
  RECIPE_DIR,
  startApache,
  type ApacheServer,
} from '../support/apache.ts';
import { launchBrowser } from '../support/browser.ts';
import { freePort } from '../support/free-port.ts';
import { buildIn, projectCopy, type ProjectCopy } from '../support/project-copy.ts';
import { makeSelfSignedCertificate } from '../support/self-signed-certificate.ts';
import {
  startTestIdentityProvider,
  type TestAccount,
  type TestIdentityProvider,
} from '../support/test-identity-provider.ts';

// The header policy: the pages' <meta> policy plus frame-ancestors.
const EXPECTED_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' mailto:; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

let workDir = '';
let publicCopy: ProjectCopy | undefined;
let identityProvider: TestIdentityProvider | undefined;
let apache: ApacheServer | undefined;
let browser: Browser | undefined;
let staffOrigin = '';
let publicOrigin = '';
let staffRoot = '';
let publicRoot = '';
let httpPort = 0;

beforeAll(async () => {
  if (!hasApache()) throw new Error(HOW_TO_GET_APACHE);
  workDir = mkdtempSync(join(tmpdir(), 'networking-hub-signin-'));
  const [staffPort, publicPort] = [await freePort(), await freePort()];
  httpPort = await freePort();
  staffOrigin = `https://127.0.0.1:${staffPort}`;
  publicOrigin = `https://127.0.0.1:${publicPort}`;

  // The public edition, built (a few seconds) with both editions' addresses on this machine, so
  // its links to the staff directory lead to the Apache below.
  publicCopy = projectCopy({
    content: 'site',
    editConfig: (text) =>
      text
        .replace(/^url: .*$/m, `url: ${staffOrigin}`)
        .replace(/^( {4}url: ).*$/m, `$1${publicOrigin}`),
  });
  const publicBuild = buildIn(publicCopy, { edition: 'public' });
  if (publicBuild.status !== 0)
    throw new Error(`The public edition did not build:\n${publicBuild.output}`);

  // Apache's workers run as www-data when the test runs as root: they must read both editions.
  staffRoot = join(workDir, 'staff');
  publicRoot = join(workDir, 'public');
  cpSync(inject('distDir'), staffRoot, { recursive: true });
  cpSync(join(publicCopy.root, 'dist-public'), publicRoot, { recursive: true });
  chmodSync(workDir, 0o755);
  const tls = makeSelfSignedCertificate(workDir);
  chmodSync(tls.key, 0o600);

  identityProvider = await startTestIdentityProvider(`${staffOrigin}/signed-in`);
  apache = await startApache(workDir, [staffPort, publicPort, httpPort], {
    NH_CONFIG_DIR: RECIPE_DIR,
    // Two names for loopback, so the plain http port can tell the editions apart by Host.
    NH_STAFF_HOST: '127.0.0.1',
    NH_STAFF_PORT: String(staffPort),
    NH_STAFF_ROOT: staffRoot,
    NH_PUBLIC_HOST: 'localhost',
    NH_PUBLIC_PORT: String(publicPort),
    NH_PUBLIC_ROOT: publicRoot,
    NH_HTTP_PORT: String(httpPort),
    NH_TLS_CERTIFICATE: tls.certificate,
    NH_TLS_KEY: tls.key,
    NH_OIDC_METADATA_URL: `${identityProvider.issuer}/.well-known/openid-configuration`,
    NH_OIDC_CLIENT_ID: identityProvider.clientId,
    NH_OIDC_CLIENT_SECRET: identityProvider.clientSecret,
    NH_OIDC_SCOPE: 'openid profile',
    NH_OIDC_CRYPTO_PASSPHRASE: 'a-passphrase-for-this-test-only',
    NH_STAFF_CLAIM_NAME: 'affiliation',
    NH_STAFF_CLAIM_VALUE: 'staff',
    NH_SESSION_IDLE_SECONDS: '3600',
    NH_SESSION_MAX_SECONDS: '28800',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  // Each one stopped even when another fails to.
  const results = await Promise.allSettled([
    browser?.close(),
    apache?.stop(),
    identityProvider?.stop(),
  ]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  publicCopy?.remove();
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
});

interface Visit {
  page: Page;
  context: BrowserContext;
  /** Console errors and page errors: CSP violations among them. */
  errors: string[];
}

async function newVisit(): Promise<Visit> {
  // The certificate is this test's own: trusted in these contexts only.
  const context = await browser!.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

/** Opens `url`, which sends the browser to sign in, signs in as `account`, and returns the answer. */
async function signInAndOpen(page: Page, url: string, account: TestAccount): Promise<Response> {
  await page.goto(url);
  expect(new URL(page.url()).origin).toBe(identityProvider!.issuer);
  await page.getByLabel('User name').fill(account);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url() === url),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  await page.waitForLoadState('load');
  return answer;
}

function headersOf(headers: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(EXPECTED_HEADERS).map((name) => [name, headers[name]]));
}

describe('the staff edition behind sign-in', () => {
  it('sends an anonymous visitor to the identity provider to sign in', async () => {
    const { page, context } = await newVisit();
    const staffAnswers: Response[] = [];
    page.on('response', (response) => {
      if (response.url() === `${staffOrigin}/directory/`) staffAnswers.push(response);
    });
    const answer = await page.goto(`${staffOrigin}/directory/`);
    expect(new URL(page.url()).origin).toBe(identityProvider!.issuer);
    expect(new URL(page.url()).pathname).toMatch(/^\/interaction\//);
    expect(answer?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Sign in to the test identity provider',
    );

    expect(staffAnswers.map((response) => response.status())).toEqual([302]);
    const refused = await staffAnswers[0]!.allHeaders();
    expect(refused['location']).toMatch(new RegExp(`^${identityProvider!.issuer}/auth\\?`));
    expect(headersOf(refused)).toEqual(EXPECTED_HEADERS);
    await context.close();
  });

  it("answers the site's own scripts fetching a search file without sign-in with 401, not a sign-in page", async () => {
    const { page, context } = await newVisit();
    // The staff-only page is the one page of the staff edition open without sign-in.
    const open = await page.goto(`${staffOrigin}/access/not-staff.html`);
    expect(open?.status()).toBe(200);
    const answers = await page.evaluate(async () =>
      Promise.all(
        // Pagefind for the header search; the directory search's own index, which names people.
        ['/pagefind/pagefind.js', '/directory/search-index/meta.json'].map(async (path) => {
          const response = await fetch(path, { redirect: 'manual' });
          return { status: response.status, type: response.type };
        }),
      ),
    );
    expect(answers).toEqual([
      { status: 401, type: 'basic' },
      { status: 401, type: 'basic' },
    ]);
    await context.close();
  });

  it('lets a signed-in staff member into the directory, a profile and the search, under the served policy', async () => {
    const { page, context, errors } = await newVisit();
    const directory = await signInAndOpen(page, `${staffOrigin}/directory/`, 'staff');
    expect(directory.status()).toBe(200);
    expect(headersOf(await directory.allHeaders())).toEqual(EXPECTED_HEADERS);
    expect((await directory.allHeaders())['cache-control']).toBe('private');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Find a colleague to talk to',
    );

    await page.locator('#directory-q').fill('budgeting');
    await page.locator('#directory-q').press('Enter');
    await page.waitForFunction(() => {
      const root = document.getElementById('directory-search');
      return root?.dataset['state'] === 'ready' && Number(root.dataset['queryCount']) >= 1;
    });
    const names = await page
      .locator('#directory-results:not([hidden]) [data-field="name"]')
      .allTextContents();
    expect(names.sort()).toEqual(['Amara Osei', 'Ben Carter', 'Dmitri Volkov', 'Elif Yilmaz']);

    const profile = await page.goto(`${staffOrigin}/directory/amara-osei/`);
    expect(profile?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Amara Osei');

    const missing = await context.request.get(`${staffOrigin}/no-such-page/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toBe(readFileSync(join(staffRoot, '404.html'), 'utf8'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves the web editor to signed-in staff under its own policy, framed by no one', async () => {
    const { page, context, errors } = await newVisit();
    const editorPage = await signInAndOpen(page, `${staffOrigin}/admin/`, 'staff');
    expect(editorPage.status()).toBe(200);
    expect(headersOf(await editorPage.allHeaders())).toEqual({
      ...EXPECTED_HEADERS,
      'content-security-policy': "frame-ancestors 'none'",
    });
    // Decap CMS starts under the page's <meta> policy and offers the configured git host.
    await page.getByRole('button', { name: 'Login with GitLab' }).waitFor();
    expect(errors.filter((error) => error.includes('Content Security Policy'))).toEqual([]);
    await context.close();
  });

  it('shows a signed-in colleague without the staff claim a 403 page that says why', async () => {
    const { page, context } = await newVisit();
    const refused = await signInAndOpen(page, `${staffOrigin}/directory/`, 'student');
    expect(refused.status()).toBe(403);
    expect(headersOf(await refused.allHeaders())).toEqual(EXPECTED_HEADERS);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'This directory is for staff only',
    );
    const profile = await page.goto(`${staffOrigin}/directory/amara-osei/`);
    expect(profile?.status()).toBe(403);
    expect(await page.content()).not.toContain('aosei@example.edu');
    await context.close();
  });
});

describe('the public edition', () => {
  it('opens without sign-in, with the security headers', async () => {
    const { page, context, errors } = await newVisit();
    const home = await page.goto(`${publicOrigin}/`);
    expect(home?.status()).toBe(200);
    expect(page.url()).toBe(`${publicOrigin}/`);
    expect(headersOf(await home!.allHeaders())).toEqual(EXPECTED_HEADERS);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('its directory page counts the colleagues, names none, and links to the staff sign-in', async () => {
    const { page, context, errors } = await newVisit();
    const directory = await page.goto(`${publicOrigin}/directory/`);
    expect(directory?.status()).toBe(200);
    expect(page.url()).toBe(`${publicOrigin}/directory/`);
    await expect(page.locator('main .lead').textContent()).resolves.toMatch(
      /^\s*57 colleagues have agreed to talk with you/,
    );
    const html = await page.content();
    for (const trace of ['Amara Osei', 'aosei@example.edu', 'amara-osei', 'Ben Carter'])
      expect(html).not.toContain(trace);

    await page.getByRole('link', { name: 'Sign in to the staff directory' }).click();
    await page.waitForURL((url) => url.origin === identityProvider!.issuer);
    expect(new URL(page.url()).pathname).toMatch(/^\/interaction\//);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('its search works under the served policy and finds pages, not people', async () => {
    const { page, context, errors } = await newVisit();
    await page.goto(`${publicOrigin}/search/?q=budget`);
    await page.waitForFunction(
      () => document.getElementById('site-search-results')?.dataset['state'] === 'ready',
    );
    // In the staff edition "budget" also finds four profiles (tests/e2e/directory.test.ts).
    await expect(page.locator('#site-search-results h2').allTextContents()).resolves.toEqual([
      'Guides (1)',
      'Employee groups (1)',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("answers a missing page with the site's 404 page and status 404", async () => {
    const { context } = await newVisit();
    const missing = await context.request.get(`${publicOrigin}/no-such-page/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toBe(readFileSync(join(publicRoot, '404.html'), 'utf8'));
    expect(headersOf(missing.headers())).toEqual(EXPECTED_HEADERS);
    await context.close();
  });
});

/** The status and Location of a plain http request to the recipe's http port, for `host`. */
function plainHttp(
  host: string,
  path: string,
): Promise<{ status: number | undefined; location: string | undefined }> {
  return new Promise((resolveAnswer, reject) => {
    const sent = request(
      { host: '127.0.0.1', port: httpPort, path, headers: { host } },
      (answer) => {
        answer.resume();
        resolveAnswer({ status: answer.statusCode, location: answer.headers.location });
      },
    );
    sent.once('error', reject);
    sent.end();
  });
}

describe('plain http', () => {
  it('sends each edition to the same address over https, serving nothing itself', async () => {
    await expect(plainHttp('127.0.0.1', '/directory/amara-osei/')).resolves.toEqual({
      status: 301,
      location: `${staffOrigin}/directory/amara-osei/`,
    });
    await expect(plainHttp('localhost', '/guides/start-here/?q=x')).resolves.toEqual({
      status: 301,
      location: `https://localhost:${new URL(publicOrigin).port}/guides/start-here/?q=x`,
    });
  });
});
