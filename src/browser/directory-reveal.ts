/**
 * Takes the reader to a search's status line (the result count): focused, so a screen reader
 * reads it and Tab goes on to the results, and scrolled to the top of the window when it sits
 * low or out of sight, as it does on a phone, where the results start below the fold.
 */
export function revealStatus(status: HTMLElement): void {
  status.tabIndex = -1;
  status.focus({ preventScroll: true });
  const { top } = status.getBoundingClientRect();
  if (top < 0 || top > window.innerHeight / 2) status.scrollIntoView({ block: 'start' });
}
