/**
 * Directory search: a search box and facet filters over the directory's own index
 * (src/shared/directory-index.ts; the header search keeps Pagefind), with the state in the URL.
 * The section is drawn with the page, so nothing moves when this script starts; without
 * JavaScript a style hides it ([data-needs-script]) and the A to Z listing and browse pages remain.
 */
import { historyAction, isDraftAfter, type SearchChange } from '../shared/search-history.ts';
import {
  emptyState,
  isEmpty,
  parseState,
  toggleFilter,
  type SearchState,
} from '../shared/search-state.ts';
import { chipAfterRemoving, showChips } from './directory-chips.ts';
import { revealStatus } from './directory-reveal.ts';
import { withdrawIfExpired } from './listing-expiry.ts';
import type { CardData } from '../shared/directory-index.ts';
import {
  allowedBy,
  facetCounts,
  rankedResults,
  type FacetLists,
  type Matches,
} from '../shared/directory-query.ts';
import { directoryIndexReader } from './directory-index.ts';
import { forgivingSearch, showCorrection } from './search-correction.ts';
import { facetsFor, urlsFor } from './page-data.ts';
import { NEEDS_BUILD_MESSAGE, SearchUnavailable } from './search-unavailable.ts';

// The cards on show come from the few card files that hold them: a dozen keeps the first search small.
const PAGE_SIZE = 12;

/** A search's results in order, and what they were found with, for the facet counts. */
interface Found {
  results: number[];
  matches: Matches | undefined;
  lists: FacetLists;
}

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  noResults: HTMLElement;
  inUse: HTMLElement;
  activeFilters: HTMLElement;
  template: HTMLTemplateElement;
  listing: HTMLElement | null;
  didYouMean: HTMLElement | null;
}

function findElements(): Elements | undefined {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const root = byId('directory-search');
  const form = byId<HTMLFormElement>('directory-form');
  const input = byId<HTMLInputElement>('directory-q');
  const status = byId('directory-status');
  const list = byId('directory-results');
  const more = byId<HTMLButtonElement>('directory-more');
  const noResults = byId('directory-no-results');
  const inUse = byId('directory-in-use');
  const activeFilters = byId('directory-active-filters');
  const template = byId<HTMLTemplateElement>('contact-card-template');
  if (
    !root ||
    !form ||
    !input ||
    !status ||
    !list ||
    !more ||
    !noResults ||
    !inUse ||
    !activeFilters ||
    !template
  )
    return undefined;
  return {
    root,
    form,
    input,
    status,
    list,
    more,
    noResults,
    inUse,
    activeFilters,
    template,
    listing: document.querySelector('[data-directory-listing]'),
    didYouMean: byId('directory-did-you-mean'),
  };
}

function setUp({
  root,
  form,
  input,
  status,
  list,
  more,
  noResults,
  inUse,
  activeFilters,
  template,
  listing,
  didYouMean,
}: Elements) {
  const urls = urlsFor(form);
  const index = directoryIndexReader(urls);
  const FACETS = facetsFor(form);
  let state: SearchState = parseState(location.search, FACETS);
  const selected = (facet: string) => state.filters[facet] ?? [];
  /** Ordinals of the results not yet shown, in ranking order. */
  let pending: number[] = [];
  // The words the results on show were found by: the typed ones, or their correction.
  let foundBy = '';
  let runId = 0;
  /** Whether the URL holds words the reader is still typing (see search-history.ts). */
  let draft = false;
  /** Whether the last change emptied a search that was under way (not a Search on an empty box). */
  let cleared = false;
  /** Where focus goes once the search under way has finished, when the reader asked for it. */
  let focusAfter: { reveal: true } | { chip: number } | undefined;

  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const labelOf = (facet: string, value: string) =>
    form.querySelector(`label[for="facet-${facet}-${value}"] [data-label]`)?.textContent?.trim() ??
    value;
  const legendOf = (facet: string) =>
    form.querySelector(`[data-facet="${facet}"] legend`)?.textContent?.trim() ?? facet;

  /**
   * Puts the state into the form, for a restored or shared URL. The chips show what is ticked,
   * so no facet is opened: opening one would push the page down under the reader.
   */
  const showState = () => {
    if (document.activeElement !== input) input.value = state.q;
    for (const box of checkboxes()) box.checked = selected(box.name).includes(box.value);
  };

  const renderCard = (data: CardData, accepting: boolean) => {
    const card = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const field = (name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`);
    (field('link') as HTMLAnchorElement).href = urls.profile(data.id);
    field('name')!.textContent = data.name;
    field('pronouns')!.textContent = data.pronouns ? `(${data.pronouns})` : '';
    field('title')!.textContent = data.title;
    field('department')!.textContent = labelOf('department', data.department);
    const topics = field('topics')!;
    const tag = topics.querySelector('.tag');
    topics.replaceChildren();
    for (const topic of data.topics) {
      const copy = (tag?.cloneNode() as HTMLElement | undefined) ?? document.createElement('span');
      copy.textContent = labelOf('topic', topic);
      topics.append(copy, ' ');
    }
    const statusLine = field('status')!;
    statusLine.className = `status ${accepting ? 'status--accepting' : 'status--paused'}`;
    statusLine.textContent = accepting ? 'Taking requests' : 'Paused: not taking requests';
    card.dataset['listingExpires'] = data.expires;
    withdrawIfExpired(card);
    return card;
  };

  /** The next page of results as cards, or nothing if a newer search owns `pending` by then. */
  const nextCards = async (id: number) => {
    if (id !== runId) return undefined;
    const next = pending.splice(0, PAGE_SIZE);
    const [{ paused }, data] = await Promise.all([index.meta(), index.cards(next)]);
    const cards = data.map((card, n) => renderCard(card, !paused.has(next[n]!)));
    return id === runId ? cards : undefined;
  };

  const showMore = async (id: number) => {
    const cards = await nextCards(id);
    if (!cards) return;
    list.append(...cards);
    more.hidden = pending.length === 0;
  };

  const showFiltersInUse = () =>
    showChips(inUse, activeFilters, state, {
      legendOf,
      labelOf,
      remove: (next, index) => {
        focusAfter = { chip: index };
        update(next, 'push');
      },
      clearAll: () => {
        focusAfter = { reveal: true };
        update(emptyState(FACETS), 'push');
      },
    });

  const openFacets = () =>
    FACETS.filter(
      (facet) =>
        form.querySelector<HTMLDetailsElement>(`details[data-facet="${facet}"]`)?.open ?? false,
    );

  /** The facets whose counts are shown: those opened and those with a selection. */
  const shownFacets = () => [
    ...new Set([...openFacets(), ...FACETS.filter((facet) => selected(facet).length > 0)]),
  ];

  /**
   * The results for `words` (none: the filters alone) under the ticked filters. Facet files are
   * fetched only for the facets shown: they are the largest part of the index.
   */
  const search = async (words: string): Promise<Found> => {
    const [meta, matches, lists] = await Promise.all([
      index.meta(),
      words ? index.matches(words) : undefined,
      index.facetLists(shownFacets()),
    ]);
    const allowed = allowedBy(state.filters, lists);
    return { results: rankedResults(matches, allowed, meta.contacts, meta.paused), matches, lists };
  };

  const countsOf = async ({ matches, lists }: Found) =>
    facetCounts(shownFacets(), matches, state.filters, lists, (await index.meta()).contacts);

  /** Shows the counts worked out for this search; other facets' counts would be out of date, so they are cleared. */
  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const box of checkboxes()) {
      const facetCounts = counts[box.name];
      const label = form.querySelector(`label[for="${box.id}"] [data-count]`);
      if (label) label.textContent = facetCounts ? `(${facetCounts[box.value] ?? 0})` : '';
    }
  };

  const refreshCounts = async () => {
    if (isEmpty(state)) return;
    updateCounts(await countsOf(await search(foundBy)));
  };

  /**
   * Moves focus where the reader's action asked for: the status line after Search (scrolled into
   * view, as on a phone the results start below the fold), or the chip that took the place of a
   * removed one, else the status line.
   */
  const placeFocus = () => {
    const asked = focusAfter;
    focusAfter = undefined;
    if (!asked) return;
    const chip = 'chip' in asked ? chipAfterRemoving(activeFilters, asked.chip) : undefined;
    if (chip) chip.focus();
    else revealStatus(status);
  };

  const finish = (id: number, text: string) => {
    if (id !== runId) return;
    status.textContent = text;
    root.dataset['state'] = 'ready';
    root.dataset['queryCount'] = String(Number(root.dataset['queryCount'] ?? '0') + 1);
    placeFocus();
  };

  async function run() {
    const id = ++runId;
    showState();
    if (isEmpty(state)) {
      for (const count of form.querySelectorAll<HTMLElement>('[data-count]'))
        count.textContent = count.dataset['total'] ?? '';
      list.hidden = true;
      more.hidden = true;
      noResults.hidden = true;
      showFiltersInUse();
      root.removeAttribute('data-showing-results');
      if (listing) listing.hidden = false;
      showCorrection(didYouMean, '', undefined, urls.search);
      // The reader who cleared the search, or pressed Search with nothing to search for, lands
      // on the status line: it says what happened.
      const said = cleared
        ? 'Search cleared. All contacts are listed below, A to Z.'
        : 'Type a name, job title or topic to search. All contacts are listed below, A to Z.';
      finish(id, focusAfter ? said : '');
      return;
    }
    root.dataset['state'] = 'loading';
    status.textContent = 'Searching…';
    try {
      const { search: found, correction } = state.q
        ? await forgivingSearch(state.q, search, urls, (found) => found.results.length)
        : { search: await search('') };
      if (id !== runId) return;
      foundBy = correction?.shown ? correction.query : state.q;
      pending = [...found.results];
      updateCounts(await countsOf(found));
      const cards = await nextCards(id);
      if (!cards) return;
      // The results, the chips and the count replace the A to Z listing in one go: shown in
      // steps, the page would shrink and grow again under the reader.
      const total = found.results.length;
      showCorrection(didYouMean, state.q, correction, (q) => urls.directorySearch({ ...state, q }));
      list.replaceChildren(...cards);
      more.hidden = pending.length === 0;
      list.hidden = total === 0;
      noResults.hidden = total > 0;
      showFiltersInUse();
      root.setAttribute('data-showing-results', '');
      if (listing) listing.hidden = true;
      finish(
        id,
        total === 0
          ? 'No contacts match your search.'
          : `${total} ${total === 1 ? 'contact matches' : 'contacts match'} your search.`,
      );
    } catch (error) {
      if (id !== runId) return;
      root.dataset['state'] = 'error';
      status.textContent =
        error instanceof SearchUnavailable
          ? NEEDS_BUILD_MESSAGE
          : 'Search failed. Reload the page to try again.';
      placeFocus();
    }
  }

  /**
   * Changes the state, records it in the URL (a new history entry or, while the reader types on,
   * the same one: see search-history.ts) and searches.
   */
  function update(next: SearchState, change: SearchChange) {
    cleared = !isEmpty(state) && isEmpty(next);
    const action = historyAction(state, next, change, draft);
    draft = isDraftAfter(change, action, draft);
    state = next;
    if (action === 'push') history.pushState(null, '', urls.directorySearch(state));
    if (action === 'replace') history.replaceState(null, '', urls.directorySearch(state));
    // A pause in typing that changed nothing needs no new search.
    if (action !== 'none' || change !== 'typing') void run();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // The reader is typing again: a search they asked for before must not take focus from the box.
    focusAfter = undefined;
    typing = setTimeout(() => update({ ...state, q: input.value.trim() }, 'typing'), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    focusAfter = { reveal: true };
    update({ ...state, q: input.value.trim() }, 'submit');
  });
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.type === 'checkbox')
      update(toggleFilter(state, box.name, box.value, box.checked), 'push');
  });
  more.addEventListener('click', () => void showMore(runId));
  for (const details of form.querySelectorAll('details[data-facet]')) {
    details.addEventListener('toggle', () => {
      if ((details as HTMLDetailsElement).open) void refreshCounts().catch(() => {});
    });
  }
  addEventListener('popstate', () => {
    state = parseState(location.search, FACETS);
    draft = false;
    focusAfter = undefined;
    void run();
  });
  // The index loads only when the reader starts searching, or when the URL already holds a search.
  input.addEventListener('focus', () => void index.meta().catch(() => {}), { once: true });

  // The counts in the page are for the whole directory: kept to show again when the search is cleared.
  for (const count of form.querySelectorAll<HTMLElement>('[data-count]'))
    count.dataset['total'] = count.textContent ?? '';
  void run();
}

const elements = findElements();
if (elements) setUp(elements);
