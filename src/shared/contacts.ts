import { addMonths } from './time.ts';

/** A contact stays listed for `reconfirmMonths` after they last confirmed; after that they are stale. */
export function confirmationExpires(confirmed: string, reconfirmMonths: number): string {
  return addMonths(confirmed, reconfirmMonths);
}

export function isStale(confirmed: string, reconfirmMonths: number, today: string): boolean {
  return confirmationExpires(confirmed, reconfirmMonths) < today;
}
