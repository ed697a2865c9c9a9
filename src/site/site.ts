/** The validated site configuration, and the site's URLs under its base path, for pages and components. */
import { readSiteConfig } from '../content-model/site-config-file.ts';
import { siteUrls } from '../shared/urls.ts';

export const site = readSiteConfig(process.cwd());

export const urls = siteUrls(site.base, site.url);
