/**
 * Puts a message in a live region. Screen readers announce changes only, so the same message
 * twice in a row is cleared first and set again on the next frame.
 */
export function announce(region: HTMLElement, message: string): void {
  if (region.textContent !== message) {
    region.textContent = message;
    return;
  }
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}
