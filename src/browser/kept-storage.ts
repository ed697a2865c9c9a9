/**
 * A tool's list in localStorage, read so that nothing is lost: what cannot be read in full is
 * copied aside, as it was, before anything is saved over it, and the reader is told (see
 * StoredDataNotice.astro). If it cannot be copied aside, it stays where it is and nothing is
 * saved over it until the reader downloads or deletes it.
 */
import { isSetAsideKey, setAsideKey, type ReadList } from '../shared/stored-data.ts';
import { downloadText, storage } from './download.ts';

export interface KeptList<T> {
  items: T[];
  /** The message for the reader, when some or all of what was stored could not be read. */
  notice: string | undefined;
  /** Whether the tool may save: false while unreadable data still sits under its own key. */
  saving: boolean;
}

export interface KeptStore<T> {
  key: string;
  read: (text: string) => ReadList<T>;
  write: (items: readonly T[]) => string;
  /** What the reader is told: storedDataNotice() with the tool's words. */
  notice: (read: ReadList<T>, keptAside: boolean) => string | undefined;
  /** Said when data set aside on an earlier visit is still there. */
  earlierNotice: string;
}

export function loadKept<T>(store: KeptStore<T>): KeptList<T> {
  const saved = storage.read(store.key);
  const earlier = setAsideKeys(store.key).length > 0 ? store.earlierNotice : undefined;
  if (saved === null) return { items: [], notice: earlier, saving: true };
  const read = store.read(saved);
  const items = read.readable ? read.items : [];
  if (read.readable && read.skipped === 0) return { items, notice: earlier, saving: true };
  const aside = setAsideKey(store.key, new Date());
  const keptAside = storage.write(aside, saved) && storage.read(aside) === saved;
  if (keptAside) {
    // What could be read stays where it was; the original is safe under its own key.
    if (items.length > 0) storage.write(store.key, store.write(items));
    else storage.remove(store.key);
  }
  return { items, notice: store.notice(read, keptAside), saving: keptAside };
}

/** The keys holding this tool's set-aside data, oldest first. */
export function setAsideKeys(key: string): string[] {
  return storage.keys((candidate) => isSetAsideKey(key, candidate));
}

/**
 * Shows the notice with its Download and Delete buttons, which act on the set-aside data, or on
 * the tool's own key while saving is off. `onDeleted` runs once it is gone.
 */
export function showKeptNotice(
  box: HTMLElement,
  store: { key: string },
  message: string,
  { saving, fileName, onDeleted }: { saving: boolean; fileName: string; onDeleted: () => void },
): void {
  const keys = () => (saving ? setAsideKeys(store.key) : [store.key]);
  box.querySelector<HTMLElement>('[data-kept-message]')!.textContent = message;
  box.querySelector('[data-kept-download]')!.addEventListener('click', () => {
    for (const key of keys()) downloadText(fileName, storage.read(key) ?? '', 'application/json');
  });
  box.querySelector('[data-kept-delete]')!.addEventListener('click', () => {
    for (const key of keys()) storage.remove(key);
    box.hidden = true;
    onDeleted();
  });
  box.hidden = false;
}
