import { expiredBy } from './listing-expiry.ts';
import { addMonths } from './time.ts';

/**
 * A contact stays listed for `reconfirmMonths` after they last confirmed, up to and including
 * this date; after it they are stale.
 */
export function confirmationExpires(confirmed: string, reconfirmMonths: number): string {
  return addMonths(confirmed, reconfirmMonths);
}

export function isStale(confirmed: string, reconfirmMonths: number, today: string): boolean {
  return expiredBy(confirmationExpires(confirmed, reconfirmMonths), today);
}
