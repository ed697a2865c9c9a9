import { get } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';

export interface Transfer {
  url: string;
  bytes: number;
}

interface NetworkEvent {
  requestId: string;
  loaderId?: string;
  documentURL?: string;
  request?: { url: string };
  dataLength?: number;
  encodedDataLength?: number;
}

/** Bytes of a response body as the server sends it (compressed), for the one case Chromium does not report. */
const compressedBodyBytes = (url: string) =>
  new Promise<number>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes)).on('error', reject);
    }).on('error', reject);
  });

/**
 * Records bytes on the wire per request (CDP Network.loadingFinished encodedDataLength). Pagefind
 * fetches its index from a Web Worker, whose requests the page's session does not see, so workers are
 * auto-attached too, without flatten because Playwright's CDPSession cannot address child sessions.
 */
export async function recordTransfers(context: BrowserContext, page: Page) {
  const session = await context.newCDPSession(page);
  const transfers: Transfer[] = [];
  const inFlight = new Map<string, { url: string; workerScript: boolean }>();
  const corrections: Promise<void>[] = [];
  // Request ids are unique across the page and its workers: a worker's script starts in one, ends in the other.
  const onNetwork = (method: string, event: NetworkEvent) => {
    const request = inFlight.get(event.requestId);
    if (method === 'Network.requestWillBeSent' && event.request) {
      const workerScript = !event.loaderId && event.documentURL === event.request.url;
      inFlight.set(event.requestId, { url: event.request.url, workerScript });
    } else if (request && method === 'Network.loadingFailed') {
      inFlight.delete(event.requestId);
    } else if (request && method === 'Network.loadingFinished') {
      const transfer = { url: request.url, bytes: event.encodedDataLength ?? 0 };
      transfers.push(transfer);
      inFlight.delete(event.requestId);
      // Chromium 156 counts only the headers of a worker's own script, so its body is fetched again.
      if (request.workerScript) corrections.push(compressedBodyBytes(request.url).then((bytes) => void (transfer.bytes += bytes)));
    }
  };
  for (const method of ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const) {
    session.on(method, (event: NetworkEvent) => onNetwork(method, event));
  }
  session.on('Target.attachedToTarget', ({ sessionId }) => {
    const send = (id: number, method: string) => session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    void send(1, 'Network.enable').then(() => send(2, 'Runtime.runIfWaitingForDebugger'));
  });
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { method, params } = JSON.parse(message) as { method?: string; params?: NetworkEvent };
    if (method && params) onNetwork(method, params);
  });
  await session.send('Network.enable');
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  /** Resolves once no request has been in flight for 300 ms (at most 10 s), so late events are counted. */
  async function settled() {
    for (let quiet = 0, waited = 0; quiet < 300 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      quiet = inFlight.size === 0 ? quiet + 50 : 0;
    }
    await Promise.all(corrections.splice(0));
  }
  return { transfers, settled };
}

export const totalBytes = (transfers: Transfer[], urlPart = '') =>
  transfers.filter((transfer) => transfer.url.includes(urlPart)).reduce((total, transfer) => total + transfer.bytes, 0);
