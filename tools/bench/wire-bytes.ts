import { get } from 'node:http';
import type { Page, Request } from 'playwright-core';

export interface Transfer {
  url: string;
  bytes: number;
}

/** A response body's size as the server sends it (compressed), for the case Chromium does not report. */
const compressedBodyBytes = (url: string) =>
  new Promise<number>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes)).on('error', reject);
    }).on('error', reject);
  });

/**
 * Records bytes on the wire per request: CDP's Network.loadingFinished encodedDataLength, as Playwright
 * reads it from its own CDP sessions. Pagefind fetches its index from a Web Worker, whose requests a
 * session from context.newCDPSession(page) never sees, and Playwright's sessions attach to workers
 * before they start, which a second session cannot do without racing Playwright.
 */
export function recordTransfers(page: Page) {
  const transfers: Transfer[] = [];
  const inFlight = new Set<Request>();
  const sizes: Promise<void>[] = [];
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  page.on('requestfinished', (request) => {
    const measured = request.sizes().then(async ({ responseHeadersSize, responseBodySize }) => {
      // Chromium reports only the headers of a worker's own script, so its body is fetched again.
      const worker = page.workers().some((candidate) => candidate.url() === request.url());
      const body =
        worker && responseBodySize <= 0
          ? await compressedBodyBytes(request.url())
          : responseBodySize;
      transfers.push({ url: request.url(), bytes: responseHeadersSize + body });
    });
    sizes.push(measured.finally(() => inFlight.delete(request)));
  });

  /** Resolves once no request has been in flight for 300 ms (at most 10 s), so late responses are counted. */
  async function settled() {
    for (let quiet = 0, waited = 0; quiet < 300 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      quiet = inFlight.size === 0 ? quiet + 50 : 0;
    }
    await Promise.all(sizes.splice(0));
  }
  return { transfers, settled };
}

export const totalBytes = (transfers: Transfer[], urlPart = '') =>
  transfers
    .filter((transfer) => transfer.url.includes(urlPart))
    .reduce((total, transfer) => total + transfer.bytes, 0);
