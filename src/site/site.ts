/** The validated site configuration, and the site's URLs under its base path, for pages and components. */
import { configForEdition, currentEdition, staffAddress } from '../content-model/edition.ts';
import { readSiteConfig } from '../content-model/site-config-file.ts';
import { fillNames, type InstitutionNames } from '../shared/institution-names.ts';
import { siteUrls } from '../shared/urls.ts';

const config = readSiteConfig(process.cwd());

/** The edition this build makes: "staff" (everything, behind sign-in) or "public" (no people). */
export const edition = currentEdition();

/** The configuration, with the url and base of the edition being built. */
export const site = configForEdition(config, edition);

export const urls = siteUrls(site.base, site.url);

/**
 * The institution's names from site.config.yaml: `name` in full, `shortName` as running text uses
 * it ("the University"). The one place pages and components read them from.
 */
export function institutionNames(): InstitutionNames {
  return site.institution;
}

/** A UI string with %institution% and %institution-short% filled in, capitalised where it starts. */
export function withInstitutionNames(text: string): string {
  return fillNames(text, site.institution);
}

const staff = staffAddress(config);
/** The staff edition's URLs, for the public edition's links to what is behind sign-in. */
export const staffUrls = siteUrls(staff.base, staff.url);

const publicEdition = config.editions?.public;
/** The public edition's URLs, when site.config.yaml has one, for pages that say what it shows. */
export const publicUrls = publicEdition
  ? siteUrls(publicEdition.base, publicEdition.url)
  : undefined;

type SiteUrls = ReturnType<typeof siteUrls>;

/**
 * A link to a page about people: this edition's own in the staff edition; in the public edition,
 * the same page in the staff edition, which asks the reader to sign in.
 */
export function peoplePage(pick: (u: SiteUrls) => string): string {
  return edition === 'public' ? staffUrls.absolute(pick(staffUrls)) : pick(urls);
}
