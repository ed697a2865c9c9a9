import type { BrowserContext, Page } from 'playwright-core';

export interface Transfer {
  url: string;
  bytes: number;
}

interface NetworkEvent {
  requestId: string;
  request?: { url: string };
  encodedDataLength?: number;
}

/**
 * Records bytes on the wire per request (CDP Network.loadingFinished encodedDataLength). Pagefind
 * fetches its index from a Web Worker, which the page's session does not see, so workers are
 * auto-attached too; without flatten, because Playwright's CDPSession cannot address child sessions.
 */
export async function recordTransfers(context: BrowserContext, page: Page) {
  const session = await context.newCDPSession(page);
  const transfers: Transfer[] = [];
  const inFlight = new Map<string, string>();
  const onNetwork = (source: string, method: string, event: NetworkEvent) => {
    const key = `${source}/${event.requestId}`;
    if (method === 'Network.requestWillBeSent' && event.request) inFlight.set(key, event.request.url);
    if (method === 'Network.loadingFailed') inFlight.delete(key);
    if (method === 'Network.loadingFinished' && inFlight.has(key)) {
      transfers.push({ url: inFlight.get(key) ?? '', bytes: event.encodedDataLength ?? 0 });
      inFlight.delete(key);
    }
  };
  for (const method of ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const) {
    session.on(method, (event: NetworkEvent) => onNetwork('page', method, event));
  }
  session.on('Target.attachedToTarget', ({ sessionId }) => {
    const send = (id: number, method: string) =>
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    void send(1, 'Network.enable').then(() => send(2, 'Runtime.runIfWaitingForDebugger'));
  });
  session.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const { method, params } = JSON.parse(message) as { method?: string; params?: NetworkEvent };
    if (method && params) onNetwork(sessionId, method, params);
  });
  await session.send('Network.enable');
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  /** Resolves once no request has been in flight for 300 ms (at most 10 s), so late events are counted. */
  async function settled() {
    for (let quiet = 0, waited = 0; quiet < 300 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      quiet = inFlight.size === 0 ? quiet + 50 : 0;
    }
  }
  return { transfers, settled };
}

export const totalBytes = (transfers: Transfer[], urlPart = '') =>
  transfers.filter((transfer) => transfer.url.includes(urlPart)).reduce((total, transfer) => total + transfer.bytes, 0);
