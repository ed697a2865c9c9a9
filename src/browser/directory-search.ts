/**
 * Directory search: a search box and facet filters over the Pagefind index, with the state in the
 * URL. The section is drawn with the page, so nothing moves when this script starts; without
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
import { forgivingSearch, rankedPage, showCorrection } from './search-correction.ts';
import { facetsFor, urlsFor } from './page-data.ts';
import {
  loadPagefind,
  NEEDS_BUILD_MESSAGE,
  SearchUnavailable,
  type Pagefind,
  type PagefindResult,
} from './pagefind-loader.ts';

// Each result shown fetches its own fragment of the index: a dozen keeps the first search small.
const PAGE_SIZE = 12;

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
  const FACETS = facetsFor(form);
  let state: SearchState = parseState(location.search, FACETS);
  const selected = (facet: string) => state.filters[facet] ?? [];
  let pending: PagefindResult[] = [];
  // The words the results on show were found by: the typed ones, or their correction.
  let foundBy = '';
  let runId = 0;
  /** Whether the URL holds words the reader is still typing (see search-history.ts). */
  let draft = false;
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

  const renderCard = async (result: PagefindResult) => {
    const data = await result.data();
    const card = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const field = (name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`);
    (field('link') as HTMLAnchorElement).href = data.url;
    field('name')!.textContent = data.meta['name'] ?? '';
    field('pronouns')!.textContent = data.meta['pronouns'] ? `(${data.meta['pronouns']})` : '';
    field('title')!.textContent = data.meta['role'] ?? '';
    field('department')!.textContent = labelOf('department', data.filters['department']?.[0] ?? '');
    const topics = field('topics')!;
    const tag = topics.querySelector('.tag');
    topics.replaceChildren();
    for (const topic of (data.meta['topics'] ?? '').split('|').filter(Boolean)) {
      const copy = (tag?.cloneNode() as HTMLElement | undefined) ?? document.createElement('span');
      copy.textContent = labelOf('topic', topic);
      topics.append(copy, ' ');
    }
    const accepting = data.filters['accepting']?.[0] === 'yes';
    const statusLine = field('status')!;
    statusLine.className = `status ${accepting ? 'status--accepting' : 'status--paused'}`;
    statusLine.textContent = accepting ? 'Taking requests' : 'Paused: not taking requests';
    card.dataset['listingExpires'] = data.meta['expires'] ?? '';
    withdrawIfExpired(card);
    return card;
  };

  /** The next page of results as cards, or nothing if a newer search owns `pending` by then. */
  const nextCards = async (id: number) => {
    if (id !== runId) return undefined;
    const next = await rankedPage(foundBy, pending.splice(0, PAGE_SIZE));
    const cards = await Promise.all(next.map(renderCard));
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

  /**
   * Pagefind filters for the current state. A facet listed in `counted` but not selected is passed
   * as an empty condition: it restricts nothing, but makes Pagefind fetch that facet's data and count it.
   * Facet data is large at scale, so only the facets a reader has opened are fetched.
   */
  const filtersFor = (skip?: string, counted: readonly string[] = []) => {
    const filters: Record<string, unknown> = { type: 'contact' };
    for (const facet of FACETS) {
      if (facet !== skip && selected(facet).length > 0) filters[facet] = { any: selected(facet) };
      else if (counted.includes(facet)) filters[facet] = [];
    }
    return filters;
  };

  /**
   * How many contacts would match with each value ticked, for the open facets and those with a
   * selection. Values of a facet that has a selection widen the search (any of them), so their
   * counts come from a search without that facet's own selection.
   */
  const facetCounts = async (
    pagefind: Pagefind,
    counts: Record<string, Record<string, number>>,
  ) => {
    const shown = new Set([
      ...openFacets(),
      ...FACETS.filter((facet) => selected(facet).length > 0),
    ]);
    const result: Record<string, Record<string, number>> = {};
    for (const facet of shown) {
      if (selected(facet).length === 0) {
        result[facet] = counts[facet] ?? {};
        continue;
      }
      const wider = await pagefind.search(state.q || null, { filters: filtersFor(facet, [facet]) });
      result[facet] = wider.filters[facet] ?? {};
    }
    return result;
  };

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
    const pagefind = await loadPagefind(urls);
    const search = await pagefind.search(state.q || null, {
      filters: filtersFor(undefined, openFacets()),
    });
    updateCounts(await facetCounts(pagefind, search.filters));
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
      // The reader who cleared the search lands on the status line: it says what happened.
      finish(id, focusAfter ? 'Search cleared. All contacts are listed below, A to Z.' : '');
      return;
    }
    root.dataset['state'] = 'loading';
    status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind(urls);
      const filters = filtersFor(undefined, openFacets());
      const { search, correction } = state.q
        ? await forgivingSearch(
            state.q,
            (q) => pagefind.search(q, { filters }),
            urls,
            (found) => found.results.length,
          )
        : { search: await pagefind.search(null, { filters, sort: { name: 'asc' } }) };
      if (id !== runId) return;
      foundBy = correction?.shown ? correction.query : state.q;
      pending = [...search.results];
      updateCounts(await facetCounts(pagefind, search.filters));
      const cards = await nextCards(id);
      if (!cards) return;
      // The results, the chips and the count replace the A to Z listing in one go: shown in
      // steps, the page would shrink and grow again under the reader.
      const total = search.results.length;
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
  // Search code loads only when the reader starts searching, or when the URL already holds a search.
  input.addEventListener('focus', () => void loadPagefind(urls).catch(() => {}), { once: true });

  // The counts in the page are for the whole directory: kept to show again when the search is cleared.
  for (const count of form.querySelectorAll<HTMLElement>('[data-count]'))
    count.dataset['total'] = count.textContent ?? '';
  void run();
}

const elements = findElements();
if (elements) setUp(elements);
