/** The filters in use above the directory's results: one button removes each, and Clear all. */
import { filtersInUse, type SearchState } from '../shared/search-state.ts';

export interface ChipHandlers {
  /** The name of a facet, as its legend says: "Department". */
  legendOf(facet: string): string;
  /** The label of one of its values: "Libraries". */
  labelOf(facet: string, value: string): string;
  /** The reader removed the chip at `index`, leaving the search `next`. */
  remove(next: SearchState, index: number): void;
  clearAll(): void;
}

/** The words on a chip, after "Remove " (said, not shown): "Department: Libraries". */
function chipText(facet: string | null, value: string, handlers: ChipHandlers): string {
  return facet === null
    ? `Search words: ${value}`
    : `${handlers.legendOf(facet)}: ${handlers.labelOf(facet, value)}`;
}

function button(className: string, ...content: (Node | string)[]): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.append(...content);
  return element;
}

function hiddenText(text: string, className: string, ariaHidden = false): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  if (ariaHidden) span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
}

/** Shows the chips for `state` in `box` (hidden when nothing is in use) and its list. */
export function showChips(
  box: HTMLElement,
  list: HTMLElement,
  state: SearchState,
  handlers: ChipHandlers,
): void {
  const inUse = filtersInUse(state);
  const items = inUse.map(({ facet, value, without }, index) => {
    const chip = button(
      'chip',
      hiddenText('Remove ', 'visually-hidden'),
      chipText(facet, value, handlers),
      hiddenText('×', 'chip__cross', true),
    );
    chip.dataset['chip'] = '';
    chip.addEventListener('click', () => handlers.remove(without, index));
    const item = document.createElement('li');
    item.append(chip);
    return item;
  });
  if (items.length > 0) {
    const clear = button('chip chip--clear', 'Clear all');
    clear.addEventListener('click', () => handlers.clearAll());
    const item = document.createElement('li');
    item.append(clear);
    items.push(item);
  }
  list.replaceChildren(...items);
  box.hidden = inUse.length === 0;
}

/** The chip that takes the place of a removed one: the next, else the one before; none if none is left. */
export function chipAfterRemoving(list: HTMLElement, index: number): HTMLElement | undefined {
  const chips = [...list.querySelectorAll<HTMLElement>('[data-chip]')];
  return chips[Math.min(index, chips.length - 1)];
}
