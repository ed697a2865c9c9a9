/**
 * A local OpenID Connect provider for the sign-in test (oidc-provider): two accounts, one client,
 * and a one-field sign-in form instead of passwords. Consent is implied, as for an institution's
 * own applications.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** The accounts: what each one's identity provider says about them. */
export const TEST_ACCOUNTS = {
  staff: { name: 'Sam Staff', affiliation: ['member', 'staff'] },
  student: { name: 'Stella Student', affiliation: ['member', 'student'] },
} as const;
export type TestAccount = keyof typeof TEST_ACCOUNTS;

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

// The icon link keeps Chromium from asking for /favicon.ico, whose 404 would be logged as an error
// on the page under test whenever the browser gets to it before the redirect.
function signInForm(uid: string, message = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test sign-in</title><link rel="icon" href="data:,"></head><body><main><h1>Sign in to the test identity provider</h1>${message ? `<p role="alert">${message}</p>` : ''}<form method="post" action="/interaction/${uid}/login"><label>User name <input name="username" autocomplete="username"></label> <button type="submit">Sign in</button></form></main></body></html>`;
}

/** Starts the provider on a loopback port; the client may return to `redirectUri` only. */
export async function startTestIdentityProvider(
  redirectUri: string,
): Promise<TestIdentityProvider> {
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_, response) =>
    response.writeHead(503).end();
  const server = createServer((request, response) => handle(request, response));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'networking-hub-staff';
  const clientSecret = randomBytes(24).toString('hex');

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  });
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['name', 'affiliation'] },
    // The claims travel in the ID token too, as many institutional providers send them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    // Lifetimes in seconds; long enough for any test run.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    findAccount: (_ctx, sub) => {
      if (!(sub in TEST_ACCOUNTS)) return undefined;
      const account = TEST_ACCOUNTS[sub as TestAccount];
      return {
        accountId: sub,
        claims: () => ({ sub, name: account.name, affiliation: [...account.affiliation] }),
      };
    },
    // Consent is implied: every sign-in grants the scopes the client asked for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const oidc = provider.callback();

  handle = (request, response) => {
    const path = new URL(request.url ?? '/', issuer).pathname;
    const login = /^\/interaction\/([^/]+)\/login$/.exec(path);
    const show = /^\/interaction\/([^/]+)$/.exec(path);
    const answer = async () => {
      if (show && request.method === 'GET') {
        const details = await provider.interactionDetails(request, response);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(signInForm(details.uid));
      } else if (login && request.method === 'POST') {
        const username = (await readForm(request)).get('username') ?? '';
        if (!(username in TEST_ACCOUNTS)) {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(signInForm(login[1] ?? '', 'Unknown user name.'));
          return;
        }
        await provider.interactionFinished(
          request,
          response,
          { login: { accountId: username } },
          { mergeWithLastSubmission: false },
        );
      } else {
        await oidc(request, response);
      }
    };
    answer().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  };

  return {
    issuer,
    clientId,
    clientSecret,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
