/**
 * The build leaves out listings that have expired; this withdraws those that expired since, so a
 * page served for days never offers a request to someone whose listing has run out.
 */
import { formatIsoDate } from '../shared/format.ts';
import { listingHasExpired } from '../shared/listing-expiry.ts';

const EXPIRED_STATUS = 'Listing expired: not taking requests';

/**
 * The words of a profile's expired notice. They are here, not on every profile page, as only an
 * expired listing shows them; the page gives the name (data-name) and the directory's address
 * (data-directory).
 */
function fillExpiredNotice(notice: HTMLElement, expires: string): void {
  const name = notice.dataset['name'] ?? 'This contact';
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
  link.href = notice.dataset['directory'] ?? '/';
  link.textContent = 'Find someone else who can help in the directory';
  elsewhere.append(link, '.');
  notice.replaceChildren(explanation, elsewhere);
  notice.hidden = false;
}

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
    fillExpiredNotice(notice, expires);
}

for (const listing of document.querySelectorAll<HTMLElement>('[data-listing-expires]'))
  withdrawIfExpired(listing);
