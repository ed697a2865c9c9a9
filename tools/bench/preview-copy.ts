/** Serves a built copy's dist/ with Astro's preview server on a free loopback port while `use` runs. */
import { preview } from 'astro';
import { siteUrls, type SiteUrls } from '../../src/shared/urls.ts';
import { freePort } from '../../tests/support/free-port.ts';

export async function withPreview<T>(
  root: string,
  base: string,
  use: (urls: SiteUrls) => Promise<T>,
): Promise<T> {
  const previousDirectory = process.cwd();
  process.chdir(root); // astro.config.mjs reads site.config.yaml from the working directory.
  try {
    const server = await preview({
      root,
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: await freePort() },
    });
    try {
      return await use(siteUrls(base, `http://127.0.0.1:${server.port}`));
    } finally {
      await server.stop();
    }
  } finally {
    process.chdir(previousDirectory);
  }
}
