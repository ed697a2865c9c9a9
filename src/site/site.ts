/** The validated site configuration, for pages and components. */
import { readSiteConfig } from '../content-model/site-config-file.ts';

export const site = readSiteConfig(process.cwd());
