/** The network map: people by circle, kept in localStorage, scored for strength, breadth and gaps. */
import {
  CIRCLES,
  CLOSENESS_LABELS,
  gapPlaceUrl,
  networkFile,
  readNetworkFile,
  scoreNetwork,
  type Closeness,
  type Person,
  type CircleId,
} from '../shared/network-score.ts';
import { countOf } from '../shared/stored-data.ts';
import { announce } from './announce.ts';
import { downloadText, storage } from './download.ts';
import { loadKept, setAsideKeys, showKeptNotice } from './kept-storage.ts';
import { networkMapStore } from './kept-stores.ts';
import { urlsFor } from './page-data.ts';

const PEOPLE = ['person', 'people'] as const;
const store = networkMapStore;
/** A map of even a thousand people is far smaller than this. */
const MAX_IMPORT_BYTES = 1_000_000;
const root = document.getElementById('network-map');

if (root) {
  const urls = urlsFor(root);
  const goals = new Set((root.dataset['goals'] ?? '').split(' ').filter(Boolean));
  const form = root.querySelector<HTMLFormElement>('[data-network-form]')!;
  const circlesBox = root.querySelector<HTMLElement>('[data-network-circles]')!;
  const empty = root.querySelector<HTMLElement>('[data-network-empty]')!;
  const status = root.querySelector<HTMLElement>('[data-network-status]')!;
  const importInput = root.querySelector<HTMLInputElement>('#network-import')!;
  const kept = loadKept(store);
  let people = kept.items;
  let saving = kept.saving;
  const say = (message: string) => announce(status, message);
  const notice = root.querySelector<HTMLElement>('[data-kept-notice]')!;
  if (kept.notice)
    showKeptNotice(notice, store, kept.notice, {
      saving,
      fileName: 'unreadable-network-map.json',
      onDeleted: () => {
        saving = true;
        save();
        say('The saved map that could not be read is deleted.');
      },
    });

  const save = () => {
    if (!saving) return;
    if (people.length > 0) storage.write(store.key, networkFile(people));
    else storage.remove(store.key);
  };

  function render() {
    empty.hidden = people.length > 0;
    circlesBox.replaceChildren(
      ...CIRCLES.filter((circle) => people.some((person) => person.circle === circle.id)).map(
        (circle) => {
          const section = document.createElement('section');
          const heading = document.createElement('h4');
          heading.textContent = circle.label;
          const list = document.createElement('ul');
          for (const person of people.filter((p) => p.circle === circle.id)) {
            const item = document.createElement('li');
            item.textContent = `${person.name}: ${CLOSENESS_LABELS[person.closeness].toLowerCase()} `;
            const remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'button button--small button--secondary';
            remove.textContent = 'Remove';
            remove.setAttribute('aria-label', `Remove ${person.name}`);
            remove.addEventListener('click', () => {
              people = people.filter((p) => p.id !== person.id);
              save();
              render();
              say(`Removed ${person.name}.`);
              form.querySelector<HTMLInputElement>('#person-name')?.focus();
            });
            item.append(remove);
            list.append(item);
          }
          section.append(heading, list);
          return section;
        },
      ),
    );
    const score = scoreNetwork(people);
    root!.querySelector('[data-network-strength]')!.textContent = score.strengthWords;
    root!.querySelector('[data-network-breadth]')!.textContent = score.breadthWords;
    root!.querySelector('[data-network-gaps]')!.replaceChildren(
      ...score.gaps.map((gap) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = gapPlaceUrl(gap.fill, urls, goals);
        link.textContent = gap.fillLabel;
        item.append(`${gap.message} `, link);
        return item;
      }),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const typed = data.get('name');
    const name = typeof typed === 'string' ? typed.trim() : '';
    if (!name) {
      say('Write a name or initials first.');
      return;
    }
    const person: Person = {
      id: `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      name: name.slice(0, 100),
      circle: data.get('circle') as CircleId,
      closeness: Number(data.get('closeness')) as Closeness,
    };
    people = [...people, person];
    save();
    render();
    say(
      `Added ${person.name} to ${CIRCLES.find((c) => c.id === person.circle)?.label.toLowerCase()}.`,
    );
    form.querySelector<HTMLInputElement>('#person-name')!.value = '';
    form.querySelector<HTMLInputElement>('#person-name')!.focus();
  });

  root.querySelector('[data-network-export]')?.addEventListener('click', () => {
    downloadText('my-network-map.json', networkFile(people), 'application/json');
    say('Your map is saved as a file. Keep it somewhere private.');
  });

  root.querySelector('[data-network-import]')?.addEventListener('click', () => importInput.click());
  /** Replaces the map with a saved file's, after asking; says what went wrong, never rejects. */
  async function importFile(file: File) {
    try {
      if (file.size > MAX_IMPORT_BYTES)
        throw new Error(
          'This file is too large to be a saved network map (expected a file exported from this page).',
        );
      const read = readNetworkFile(await file.text());
      if (!read.readable)
        throw new Error(
          read.reason === 'not-json'
            ? 'This file is not a saved network map (it is not JSON).'
            : 'This file is not a saved network map (expected a file exported from this page).',
        );
      const imported = read.items;
      const leftOut =
        read.skipped === 0
          ? ''
          : ` ${countOf(read.skipped, PEOPLE)} in this file could not be read and ${read.skipped === 1 ? 'was' : 'were'} left out.`;
      if (
        people.length > 0 &&
        !window.confirm(
          `Replace the ${people.length} people on your map with the ${imported.length} in this file?`,
        )
      ) {
        say('Nothing was imported.');
        return;
      }
      people = imported;
      save();
      render();
      say(`Imported ${countOf(people.length, PEOPLE)}.${leftOut}`);
    } catch (error) {
      say(error instanceof Error ? error.message : 'That file could not be read.');
    }
    importInput.value = '';
  }
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (file) void importFile(file);
  });

  root.querySelector('[data-network-delete]')?.addEventListener('click', () => {
    people = [];
    for (const key of [store.key, ...setAsideKeys(store.key)]) storage.remove(key);
    saving = true;
    notice.hidden = true;
    render();
    say('Your map is deleted from this browser.');
  });

  render();
  // Tests and tools wait for this: the map is drawn and its controls work.
  root.dataset['state'] = 'ready';
}
