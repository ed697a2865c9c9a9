/** Site-wide search: results from the whole index, grouped by type, with highlighted excerpts. */
import {
  loadPagefind,
  NEEDS_BUILD_MESSAGE,
  SearchUnavailable,
  type Pagefind,
  type PagefindResultData,
} from './pagefind-loader.ts';
import { searchGroupsOf } from '../shared/search-groups.ts';
import { urlsFor } from './page-data.ts';
import { forgivingSearch, rankedPage, showCorrection } from './search-correction.ts';

const PER_GROUP = 10;

const form = document.getElementById('site-search-form') as HTMLFormElement | null;
// The groups this edition holds, as the page lists them.
const groups = searchGroupsOf(form?.dataset['groups'] ?? '');
const input = document.getElementById('site-search-page-q') as HTMLInputElement | null;
const status = document.getElementById('site-search-status');
const didYouMean = document.getElementById('site-search-did-you-mean');
const results = document.getElementById('site-search-results');

interface Section {
  heading: string;
  items: PagefindResultData[];
  total: number;
}

function renderGroup({ heading, items, total }: Section): HTMLElement {
  const section = document.createElement('section');
  const title = document.createElement('h2');
  title.textContent = `${heading} (${total})`;
  const list = document.createElement('ol');
  for (const item of items) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta['title'] ?? item.url;
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around the matched words.
    excerpt.innerHTML = item.excerpt;
    entry.append(link, excerpt);
    list.append(entry);
  }
  section.append(title, list);
  return section;
}

/** Every group's results for `query`. */
function searchGroups(pagefind: Pagefind, query: string): Promise<Section[]> {
  return Promise.all(
    groups.map(async ({ type, heading }) => {
      const found = await pagefind.search(query, { filters: { type } });
      const shown = found.results.slice(0, PER_GROUP);
      const ranked = type === 'contact' ? await rankedPage(query, shown) : shown;
      const pages = await Promise.all(ranked.map((result) => result.data()));
      // Groups share one page: each group is a section of it, so its sections are the results.
      const items =
        type === 'group'
          ? pages.flatMap((page) =>
              (page.sub_results ?? [])
                .filter((sub) => sub.url.includes('#'))
                .map((sub) => ({ ...page, ...sub, meta: { title: sub.title } })),
            )
          : pages;
      // Groups are counted by section; everything else by page, not only the ten shown.
      return { heading, items, total: type === 'group' ? items.length : found.results.length };
    }),
  );
}

const totalOf = (sections: Section[]) => sections.reduce((sum, section) => sum + section.total, 0);

async function search(query: string) {
  if (!form || !status || !results) return;
  results.dataset['state'] = 'loading';
  status.textContent = 'Searching…';
  try {
    const urls = urlsFor(form);
    const pagefind = await loadPagefind(urls);
    const { search: sections, correction } = await forgivingSearch(
      query,
      (words) => searchGroups(pagefind, words),
      urls,
      totalOf,
    );
    showCorrection(didYouMean, query, correction, urls.search);
    const total = totalOf(sections);
    const searched = correction?.shown ? correction.query : query;
    results.replaceChildren(...sections.filter((section) => section.total > 0).map(renderGroup));
    status.textContent =
      total === 0
        ? `Nothing matches “${query}”. Try other or fewer words.`
        : `${total} ${total === 1 ? 'result' : 'results'} for “${searched}”.`;
    results.dataset['state'] = 'ready';
    results.dataset['queryCount'] = String(Number(results.dataset['queryCount'] ?? '0') + 1);
  } catch (error) {
    results.dataset['state'] = 'error';
    status.textContent =
      error instanceof SearchUnavailable
        ? NEEDS_BUILD_MESSAGE
        : 'Search failed. Reload the page to try again.';
  }
}

if (form && input) {
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query) void search(query);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = input.value.trim();
    if (!next) return;
    history.pushState(null, '', urlsFor(form).search(next));
    void search(next);
  });
  addEventListener('popstate', () => {
    const next = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    input.value = next;
    if (next) void search(next);
  });
}
