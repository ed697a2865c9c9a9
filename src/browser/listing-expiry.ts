/**
 * The build leaves out listings that have expired; this withdraws those that expired since, so a
 * page served for days never offers a request to someone whose listing has run out.
 */
import { formatIsoDate } from '../shared/format.ts';
import { listingHasExpired } from '../shared/listing-expiry.ts';
import { siteUrls } from '../shared/urls.ts';

const EXPIRED_STATUS = 'Listing expired: not taking requests';

/**
 * The notice that takes the place of an expired profile's request. It is made here, not carried
 * hidden on every profile page, as only an expired listing shows it: the name is the profile's
 * heading, the directory's address comes from the site's base path.
 */
function expiredNotice(listing: HTMLElement, expires: string): HTMLElement {
  const name = listing.querySelector('h1')?.textContent?.trim() || 'This contact';
  const until = formatIsoDate(expires);
  const explanation = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = 'This listing has expired.';
  explanation.append(
    strong,
    ` ${name} was listed until ${until}, so this page offers no way to send a request. They may have left the directory or not yet re-confirmed their listing.`,
  );
  const elsewhere = document.createElement('p');
  const link = document.createElement('a');
  link.href = siteUrls(import.meta.env.BASE_URL).directory();
  link.textContent = 'Find someone else who can help in the directory';
  elsewhere.append(link, '.');
  const notice = document.createElement('div');
  notice.dataset['listingExpiredNotice'] = '';
  notice.append(explanation, elsewhere);
  return notice;
}

/**
 * If the listing (an element with data-listing-expires="YYYY-MM-DD") has expired on the reader's
 * calendar, marks it expired: its status says so, and its offer (request composer, email link, or
 * a paused contact's pointers) gives way to the expired notice. A card has no offer, so no notice.
 */
export function withdrawIfExpired(
  listing: HTMLElement,
  nowMs = Date.now(),
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): void {
  const expires = listing.dataset['listingExpires'];
  if (!expires || !listingHasExpired(expires, nowMs, timeZone)) return;
  listing.dataset['listingState'] = 'expired';
  for (const status of listing.querySelectorAll<HTMLElement>('[data-listing-status]')) {
    status.className = 'status status--paused';
    status.textContent = EXPIRED_STATUS;
  }
  for (const offer of listing.querySelectorAll('[data-listing-offer]'))
    offer.replaceWith(expiredNotice(listing, expires));
}

for (const listing of document.querySelectorAll<HTMLElement>('[data-listing-expires]'))
  withdrawIfExpired(listing);
