/** Serves the built site in dist/ on localhost and prints its address (npm start builds first). */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { readSiteConfig } from '../src/content-model/site-config-file.ts';
import { siteUrls } from '../src/shared/urls.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
if (!existsSync('dist/index.html')) {
  console.error('There is no built site in dist/. Run npm start (or npm run build) first.');
  process.exit(1);
}
const { base, title } = readSiteConfig(process.cwd());
const port = Number(process.env['PORT'] ?? 4321);
const server = await preview({
  root: process.cwd(),
  logLevel: 'warn',
  server: { host: 'localhost', port },
});
console.log(
  `\n${title} is running at ${siteUrls(base, `http://localhost:${server.port}`).absolute()}`,
);
console.log('Press Ctrl+C to stop.');
