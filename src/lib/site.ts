/** The validated site configuration, for pages and components. */
import { readSiteConfig } from './site-config-file.ts';

export const site = readSiteConfig(process.cwd());
