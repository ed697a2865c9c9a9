/** Contacts per page of the A to Z listing and of each browse page. */
export const CONTACTS_PER_PAGE = 50;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / CONTACTS_PER_PAGE));
}
