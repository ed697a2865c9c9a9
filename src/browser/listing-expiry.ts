/**
 * The build leaves out listings that have expired; this withdraws those that expired since, so a
 * page served for days never offers a request to someone whose listing has run out.
 */
import { listingHasExpired } from '../shared/listing-expiry.ts';

const EXPIRED_STATUS = 'Listing expired: not taking requests';

/**
 * If the listing (an element with data-listing-expires="YYYY-MM-DD") has expired on the reader's
 * calendar, marks it expired: its status says so, its offers (request composer, email link) are
 * removed and its expired notice is shown.
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
  for (const offer of listing.querySelectorAll('[data-listing-offer]')) offer.remove();
  for (const notice of listing.querySelectorAll<HTMLElement>('[data-listing-expired-notice]'))
    notice.hidden = false;
}

for (const listing of document.querySelectorAll<HTMLElement>('[data-listing-expires]'))
  withdrawIfExpired(listing);
