/**
 * Sessions that ended before the build are left out of the page; this hides those that ended
 * since, so a page served for days never offers a session in the past.
 */
function hideEndedSessions(now = Date.now()) {
  for (const session of document.querySelectorAll<HTMLElement>('[data-session-end]')) {
    if (Number(session.dataset['sessionEnd']) <= now) session.hidden = true;
  }
  // A month heading or a workshop with nothing left to show is hidden, and its "none" note shown.
  for (const group of document.querySelectorAll<HTMLElement>('[data-session-group]')) {
    const left = group.querySelectorAll('[data-session-end]:not([hidden])').length;
    if (group.dataset['sessionGroup'] === 'hide-when-empty') group.hidden = left === 0;
    const none = group.querySelector<HTMLElement>('[data-no-sessions]');
    if (none) none.hidden = left > 0;
  }
}

hideEndedSessions();
