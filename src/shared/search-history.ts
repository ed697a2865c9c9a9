/**
 * How a change to the directory search is recorded in the browser history, so that Back returns
 * to the previous search and never skips past the directory itself:
 * - a deliberate choice (a filter ticked, a filter removed, a suggestion taken) is a new entry;
 * - typing writes a draft: the first draft after a settled search is a new entry, and while the
 *   reader goes on typing or correcting the same words, each draft replaces the last;
 * - pressing Search settles the draft it finishes, or adds an entry for other words.
 */
import { isEmpty, writeState, type SearchState } from './search-state.ts';

/** What changed the search: words typed (written after a pause), Search pressed, or a choice. */
export type SearchChange = 'typing' | 'submit' | 'push';

export type HistoryAction = 'push' | 'replace' | 'none';

/** Whether `next` continues the words of `current`: typed on, or deleted back, with the same filters. */
function continuesWords(current: SearchState, next: SearchState): boolean {
  if (writeState({ ...current, q: '' }) !== writeState({ ...next, q: '' })) return false;
  const before = current.q.trim().toLowerCase();
  const after = next.q.trim().toLowerCase();
  return before.startsWith(after) || after.startsWith(before);
}

/**
 * The history action for a change from the search in the current entry to `next`.
 * `currentIsDraft` tells whether the current entry was written by typing and not yet settled.
 */
export function historyAction(
  current: SearchState,
  next: SearchState,
  change: SearchChange,
  currentIsDraft: boolean,
): HistoryAction {
  if (writeState(next) === writeState(current)) return 'none';
  if (change === 'push' || !currentIsDraft) return 'push';
  // Emptying the box pushed an empty draft (the words before stay one Back away): new words replace it.
  if (isEmpty(current) || (!isEmpty(next) && continuesWords(current, next))) return 'replace';
  return 'push';
}

/** Whether the entry holds a draft after the change: typing leaves one, Search and choices settle it. */
export function isDraftAfter(change: SearchChange, action: HistoryAction, wasDraft: boolean) {
  if (change !== 'typing') return false;
  return action === 'none' ? wasDraft : true;
}
