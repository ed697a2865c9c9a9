/**
 * "Login with GitHub / GitLab / Gitea" on the real built /admin/ page, with its own CSP, for each
 * `editing` backend: the sign-in starts as README.md tells IT it will, completes, and the editor
 * reaches its collections. The git hosts (and GitHub's OAuth relay) are stand-ins answering on
 * page.route as the real hosts would; nothing leaves the machine.
 */
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../support/browser.ts';
import {
  AVATAR_PNG,
  keepOnMachine,
  serveEditorFor,
  standInHost,
  type HostAnswer,
  type RecordedRequest,
} from '../support/git-host.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const REPO = 'harbour-valley/staff-connections';
const TOKEN = 'token-from-the-host';
const CODE = 'code-from-the-host';

/** RFC 7636's S256: the code challenge a verifier answers to. */
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

interface EditorPage {
  context: BrowserContext;
  page: Page;
  adminUrl: string;
  editorOrigin: string;
  strays: string[];
  policyViolations: string[];
}

async function openEditor(editing: Record<string, unknown>): Promise<EditorPage> {
  const adminUrl = siteUrl('admin/');
  const editorOrigin = new URL(adminUrl).origin;
  const context = await browser.newContext();
  const strays = await keepOnMachine(context);
  await serveEditorFor(context, adminUrl, editing);
  const page = await context.newPage();
  const policyViolations: string[] = [];
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
  });
  return { context, page, adminUrl, editorOrigin, strays, policyViolations };
}

/** The width the account button's picture loaded at: 1 for the host's 1×1 avatar, 0 if refused. */
async function avatarWidth(page: Page, avatar: string): Promise<number> {
  const image = page.locator(`img[src="${avatar}"]`);
  await image.waitFor();
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode().catch(() => undefined);
    return element.naturalWidth;
  });
}

/**
 * The host's consent page: its Authorize link sends the editor back to the redirect URI with a
 * code and the state it was given. (A link, not a 302: Playwright does not route a redirect's
 * target, and the page sent back must be the one under test.)
 */
function consentPage(request: RecordedRequest): HostAnswer {
  const back = new URL(request.url.searchParams.get('redirect_uri') ?? 'about:blank');
  back.searchParams.set('code', CODE);
  back.searchParams.set('state', request.url.searchParams.get('state') ?? '');
  const href = back.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return () => ({ html: `<!doctype html><title>Authorize</title><a href="${href}">Authorize</a>` });
}

/** Selects the login button, and allows the editor on the host's consent page. */
async function signIn(editor: EditorPage, button: string) {
  await editor.page.goto(editor.adminUrl);
  await editor.page.getByRole('button', { name: button }).click();
  await editor.page.getByRole('link', { name: 'Authorize' }).click();
  await editor.page.getByText('Network contacts').first().waitFor();
}

/** The contacts folder, empty on these hosts, listed as such: what the editor sees after sign-in. */
async function listsNoContacts(page: Page) {
  await page.getByText('No Entries').waitFor();
  expect(await page.getByText(/Failed to load/).count()).toBe(0);
}

/** The PKCE checks both hosts share: the challenge, the state sent back, the verifier, the token. */
function describePkce(
  editor: () => EditorPage,
  host: () => RecordedRequest[],
  paths: { authorize: string; token: string; apiRoot: string; avatar: string },
  expected: { clientId: string; scope: string },
) {
  const authorize = () => host().find((request) => request.url.pathname === paths.authorize)!;
  const token = () => host().find((request) => request.url.pathname === paths.token)!;

  it('sends the editor to the host with the application id, the redirect URI and a challenge', () => {
    const params = Object.fromEntries(authorize().url.searchParams);
    expect(Object.keys(params).sort()).toEqual([
      'client_id',
      'code_challenge',
      'code_challenge_method',
      'redirect_uri',
      'response_type',
      'scope',
      'state',
    ]);
    expect(params).toMatchObject({
      client_id: expected.clientId,
      response_type: 'code',
      redirect_uri: editor().adminUrl,
      scope: expected.scope,
      code_challenge_method: 'S256',
    });
    expect(params['state']).toMatch(/^\{"auth_type":"pkce","nonce":"[0-9a-f-]{36}"\}$/);
  });

  it('exchanges the code with the verifier of that challenge, and no secret', () => {
    expect(token().method).toBe('POST');
    const body = JSON.parse(token().body ?? '{}') as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual([
      'client_id',
      'code',
      'code_verifier',
      'grant_type',
      'redirect_uri',
    ]);
    expect(body).toMatchObject({
      client_id: expected.clientId,
      code: CODE,
      grant_type: 'authorization_code',
      redirect_uri: editor().adminUrl,
    });
    expect(body['code_verifier']).toMatch(/^[A-Za-z0-9.-]{43,128}$/);
    expect(s256(body['code_verifier']!)).toBe(authorize().url.searchParams.get('code_challenge'));
  });

  it('calls the API with the token it was given, and nothing before the token exchange', () => {
    const calls = host().filter((request) => request.url.href.startsWith(paths.apiRoot));
    expect(calls.length).toBeGreaterThan(0);
    expect(host().indexOf(calls[0]!)).toBeGreaterThan(host().indexOf(token()));
    expect(calls.filter((call) => !call.headers['authorization']?.endsWith(` ${TOKEN}`))).toEqual(
      [],
    );
  });

  it('lists the collections and the (empty) contacts folder without an error', async () => {
    await listsNoContacts(editor().page);
  });

  it("shows the editor's picture from the host beside the account menu", async () => {
    expect(await avatarWidth(editor().page, paths.avatar)).toBe(1);
  });

  it("breaks no rule of the page's content security policy and reaches no other host", () => {
    expect(editor().policyViolations).toEqual([]);
    expect(editor().strays).toEqual([]);
  });
}

describe('signing in to the web editor on a GitLab host (PKCE)', () => {
  const base = 'https://git.hvc.example.org';
  let editor: EditorPage;
  let host: RecordedRequest[];

  beforeAll(async () => {
    editor = await openEditor({
      backend: 'gitlab',
      repo: REPO,
      baseUrl: base,
      apiRoot: `${base}/api/v4`,
      appId: 'staff-connections-editor',
    });
    host = await standInHost(editor.context, base, editor.editorOrigin, (request) => {
      const path = request.url.pathname;
      if (path === '/oauth/authorize') return consentPage(request)(request);
      if (path === '/oauth/token')
        return { json: { access_token: TOKEN, token_type: 'Bearer', expires_in: 7200 } };
      if (path === '/uploads/-/system/user/avatar/7/avatar.png') return { png: AVATAR_PNG };
      if (path === '/api/v4/user')
        return {
          json: {
            id: 7,
            username: 'rlowe',
            name: 'Robin Lowe',
            email: 'rlowe@example.edu',
            avatar_url: `${base}/uploads/-/system/user/avatar/7/avatar.png`,
          },
        };
      if (path === `/api/v4/projects/${encodeURIComponent(REPO)}`)
        return {
          json: {
            id: 42,
            path_with_namespace: REPO,
            default_branch: 'main',
            permissions: { project_access: { access_level: 30 }, group_access: null },
            shared_with_groups: [],
          },
        };
      // Folders and merge requests: none yet.
      return { json: [] };
    });
    await signIn(editor, 'Login with GitLab');
  }, 120_000);

  afterAll(async () => {
    await editor?.context.close();
  });

  describePkce(
    () => editor,
    () => host,
    {
      authorize: '/oauth/authorize',
      token: '/oauth/token',
      apiRoot: `${base}/api/v4/`,
      avatar: `${base}/uploads/-/system/user/avatar/7/avatar.png`,
    },
    { clientId: 'staff-connections-editor', scope: 'api' },
  );
});

describe('signing in to the web editor on a Gitea host (PKCE)', () => {
  const base = 'https://gitea.hvc.example.org';
  let editor: EditorPage;
  let host: RecordedRequest[];

  beforeAll(async () => {
    editor = await openEditor({
      backend: 'gitea',
      repo: REPO,
      baseUrl: base,
      apiRoot: `${base}/api/v1`,
      appId: 'c0ffee00-gitea-editor',
    });
    host = await standInHost(editor.context, base, editor.editorOrigin, (request) => {
      const path = request.url.pathname;
      if (path === '/login/oauth/authorize') return consentPage(request)(request);
      if (path === '/login/oauth/access_token')
        return { json: { access_token: TOKEN, token_type: 'bearer', expires_in: 3600 } };
      if (path === '/avatars/5f3c2a') return { png: AVATAR_PNG };
      if (path === '/api/v1/user')
        return {
          json: {
            id: 7,
            login: 'rlowe',
            full_name: 'Robin Lowe',
            email: 'rlowe@example.edu',
            avatar_url: `${base}/avatars/5f3c2a`,
          },
        };
      if (path === `/api/v1/repos/${REPO}`)
        return {
          json: {
            id: 42,
            full_name: REPO,
            default_branch: 'main',
            owner: { login: 'harbour-valley' },
            permissions: { admin: false, push: true, pull: true },
          },
        };
      // The branch's commit and its tree (nothing under content/contacts); pull requests: none.
      if (path === `/api/v1/repos/${REPO}/branches/main`)
        return { json: { name: 'main', commit: { id: 'c0ffee' } } };
      if (path === `/api/v1/repos/${REPO}/git/trees/c0ffee`)
        return { json: { sha: 'c0ffee', tree: [], truncated: false, page: 1, total_count: 0 } };
      return { json: [] };
    });
    await signIn(editor, 'Login with Forgejo');
  }, 120_000);

  afterAll(async () => {
    await editor?.context.close();
  });

  describePkce(
    () => editor,
    () => host,
    {
      authorize: '/login/oauth/authorize',
      token: '/login/oauth/access_token',
      apiRoot: `${base}/api/v1/`,
      avatar: `${base}/avatars/5f3c2a`,
    },
    { clientId: 'c0ffee00-gitea-editor', scope: 'repository' },
  );
});

// A relay on a host of its own, and one under a path of the institution's web server.
describe.each([
  ['https://cms-auth.hvc.example.org', '/auth'],
  ['https://www.hvc.example.org/cms-auth', '/cms-auth/auth'],
])('signing in to the web editor on GitHub through the OAuth relay at %s', (relay, authPath) => {
  const api = 'https://api.github.com';
  let editor: EditorPage;
  let relayed: RecordedRequest[];
  let host: RecordedRequest[];

  beforeAll(async () => {
    editor = await openEditor({ backend: 'github', repo: REPO, baseUrl: relay });
    // The relay's page in the popup: Decap's handshake, then the token GitHub gave the relay.
    const relayPage = `<!doctype html><title>Signing in</title><script>
      const success = 'authorization:github:success:' + JSON.stringify({ token: '${TOKEN}', provider: 'github' });
      window.addEventListener('message', (event) => window.opener.postMessage(success, event.origin));
      window.opener.postMessage('authorizing:github', '*');
    </script>`;
    relayed = await standInHost(editor.context, new URL(relay).origin, editor.editorOrigin, () => ({
      html: relayPage,
    }));
    host = await standInHost(editor.context, api, editor.editorOrigin, (request) => {
      const path = request.url.pathname;
      if (path === '/user')
        return {
          json: {
            id: 7,
            login: 'rlowe',
            name: 'Robin Lowe',
            // Decap 3.16 keeps no GitHub picture, so the page asks for none.
            avatar_url: 'https://avatars.githubusercontent.com/u/7?v=4',
          },
        };
      if (path === `/repos/${REPO}`)
        return {
          json: {
            id: 42,
            full_name: REPO,
            default_branch: 'main',
            owner: { login: 'harbour-valley' },
            permissions: { admin: false, push: true, pull: true },
          },
        };
      // A folder as the Git trees API gives it (empty here); open pull requests: none.
      if (path.includes('/git/trees/'))
        return { json: { sha: 'f00d', tree: [], truncated: false } };
      return { json: [] };
    });
    await editor.page.goto(editor.adminUrl);
    await editor.page.getByRole('button', { name: 'Login with GitHub' }).click();
    await editor.page.getByText('Network contacts').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await editor?.context.close();
  });

  it('opens the relay with the provider, the site and the repo scope, and sends it nothing else', () => {
    expect(relayed.map((request) => [request.method, request.url.pathname])).toEqual([
      ['GET', authPath],
    ]);
    const [opened] = relayed;
    expect(Object.fromEntries(opened!.url.searchParams)).toEqual({
      provider: 'github',
      site_id: '127.0.0.1',
      scope: 'repo',
    });
    expect(opened!.body).toBeNull();
    expect(
      Object.keys(opened!.headers).filter((name) => /^(authorization|cookie)$/i.test(name)),
    ).toEqual([]);
  });

  it('lists the collections and the (empty) contacts folder without an error', async () => {
    await listsNoContacts(editor.page);
  });

  it('calls the GitHub API with the token the relay handed over', () => {
    expect(host.length).toBeGreaterThan(0);
    expect(host.filter((call) => call.headers['authorization'] !== `token ${TOKEN}`)).toEqual([]);
  });

  it("breaks no rule of the page's content security policy and reaches no other host", () => {
    expect(editor.policyViolations).toEqual([]);
    expect(editor.strays).toEqual([]);
  });
});
