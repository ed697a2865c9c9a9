/**
 * Which edition a build makes. The staff edition (`npm run build`) holds everything and is served
 * behind sign-in; the public edition (`npm run build:public`) holds no personal data of any contact.
 * tools/build.ts sets NETWORKING_HUB_EDITION for the Astro build it starts.
 */
import type { SiteConfig } from './schemas/site-config.ts';

export const EDITIONS = ['staff', 'public'] as const;
export type Edition = (typeof EDITIONS)[number];

export const EDITION_VARIABLE = 'NETWORKING_HUB_EDITION';

export function currentEdition(env: NodeJS.ProcessEnv = process.env): Edition {
  const value = env[EDITION_VARIABLE];
  if (value === undefined || value === '' || value === 'staff') return 'staff';
  if (value === 'public') return 'public';
  throw new Error(`${EDITION_VARIABLE} is "${value}" (expected staff or public)`);
}

export interface EditionAddress {
  url: string;
  base: string;
}

/** Where the staff edition is published: the site's own url and base. */
export function staffAddress(config: SiteConfig): EditionAddress {
  return { url: config.url, base: config.base };
}

/** Where `edition` is published, or an error saying the public edition is not configured. */
export function editionAddress(config: SiteConfig, edition: Edition): EditionAddress {
  if (edition === 'staff') return staffAddress(config);
  const address = config.editions?.public;
  if (!address) {
    throw new Error(
      'site.config.yaml has no public edition, so there is none to build (expected editions.public with the url and base it is published at, such as "editions: { public: { url: https://hr.example.edu, base: / } }"; without it, the institution runs the staff edition alone)',
    );
  }
  return address;
}

/** The configuration as seen by a build of `edition`: its url and base are that edition's. */
export function configForEdition(config: SiteConfig, edition: Edition): SiteConfig {
  return { ...config, ...editionAddress(config, edition) };
}
