import { href } from '../shared/urls.ts';

/** Contacts per page of the A to Z listing. */
export const CONTACTS_PER_PAGE = 50;

/** /directory/ for page 1, /directory/page/2/ after that. */
export function directoryPageUrl(page: number): string {
  return page <= 1 ? href('directory/') : href(`directory/page/${page}/`);
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / CONTACTS_PER_PAGE));
}
