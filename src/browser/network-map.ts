/** The network map: people by circle, kept in localStorage, scored for strength, breadth and gaps. */
import { DRAWING_HEIGHT, DRAWING_WIDTH, drawNetwork } from '../shared/network-drawing.ts';
import {
  CIRCLES,
  CLOSENESS_LABELS,
  circleInText,
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
import { svgMarkup } from '../shared/svg-tree.ts';
import { downloadBlob, downloadText, storage } from './download.ts';
import { loadKept, setAsideKeys, showKeptNotice } from './kept-storage.ts';
import { networkMapStore } from './kept-stores.ts';
import { urlsFor } from './page-data.ts';
import { svgElement } from './svg-element.ts';
import { svgToPng } from './svg-image.ts';

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
  const picture = root.querySelector<HTMLElement>('[data-network-picture]')!;
  const deleteButton = root.querySelector<HTMLButtonElement>('[data-network-delete]')!;
  const confirmBox = root.querySelector<HTMLElement>('[data-network-confirm]')!;
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

  const drawing = (standalone: boolean) =>
    drawNetwork(people, { id: 'network-drawing', title: 'Your network map', standalone });

  function render() {
    picture.replaceChildren(svgElement(drawing(false)));
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
            item.textContent = `${person.name}: ${CLOSENESS_LABELS[person.closeness]} `;
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
    const circle = CIRCLES.find((c) => c.id === person.circle);
    say(`Added ${person.name} to your map${circle ? `, ${circleInText(circle)}` : ''}.`);
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

  root.querySelector('[data-network-print]')?.addEventListener('click', () => window.print());

  /** Downloads the picture as an SVG file or a PNG image; says what went wrong, never rejects. */
  async function downloadPicture(kind: string) {
    const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup(drawing(true))}\n`;
    try {
      if (kind === 'png')
        downloadBlob('my-network-map.png', await svgToPng(markup, DRAWING_WIDTH, DRAWING_HEIGHT));
      else downloadText('my-network-map.svg', markup, 'image/svg+xml');
      say('The picture of your map is downloaded. Keep it somewhere private.');
    } catch (error) {
      say(error instanceof Error ? error.message : 'The picture could not be made.');
    }
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>(
    '[data-network-picture-download]',
  )) {
    button.addEventListener(
      'click',
      () => void downloadPicture(button.dataset['networkPictureDownload'] ?? 'svg'),
    );
  }

  // Delete asks first, in the page: focus goes to the safe choice, and back to Delete after.
  const keep = root.querySelector<HTMLButtonElement>('[data-network-confirm-keep]')!;
  const closeConfirm = (message: string) => {
    confirmBox.hidden = true;
    deleteButton.focus();
    say(message);
  };
  deleteButton.addEventListener('click', () => {
    confirmBox.hidden = false;
    keep.focus();
  });
  keep.addEventListener('click', () => closeConfirm('Nothing was deleted.'));
  confirmBox.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeConfirm('Nothing was deleted.');
  });
  root.querySelector('[data-network-confirm-delete]')?.addEventListener('click', () => {
    people = [];
    for (const key of [store.key, ...setAsideKeys(store.key)]) storage.remove(key);
    saving = true;
    notice.hidden = true;
    render();
    closeConfirm('Your map is deleted from this browser.');
  });

  render();
  // Tests and tools wait for this: the map is drawn and its controls work.
  root.dataset['state'] = 'ready';
}
