/**
 * Every internal URL of the site is built here and nowhere else: pages, browse pages and their
 * pagination, searches with their state, calendar files, the search bundle, and absolute URLs.
 * Pure, so the build and the browser share it. The build makes its set from site.config.yaml
 * (`urls` in src/site/site.ts); browser code from the base path its page carries in `data-base`.
 * tests/unit/url-ownership.test.ts fails when a URL is put together anywhere else.
 */
import type { Session } from '../content-model/schemas/session.ts';
import type { SiteGuide } from '../content-model/vocabularies.ts';
import { writeMatchState, type MatchState } from './match-state.ts';
import { writeState, type SearchState } from './search-state.ts';

/** The folder of the Pagefind search bundle, in dist/ and on the site. */
export const PAGEFIND_FOLDER = 'pagefind';

/** The search vocabulary's file at the site's root (src/shared/search-vocabulary.ts). */
export const SEARCH_VOCABULARY_FILE = 'search-vocabulary.json';

/** The folder of the directory's own search index (src/shared/directory-index.ts), staff edition only. */
export const DIRECTORY_INDEX_FOLDER = 'directory/search-index';

/**
 * The files of the directory's search index, each as its path in DIRECTORY_INDEX_FOLDER without
 * ".json": the build's endpoint takes these as its route parameter, the browser fetches them by
 * siteUrls().directoryIndex().
 */
export const directoryIndexFiles = {
  meta: () => 'meta',
  words: (shard: string) => `words/${shard}`,
  cards: (chunk: number) => `cards/${chunk}`,
  facet: (facet: string) => `facets/${facet}`,
};

/**
 * The calendar file of each session that offers one, by the session's index: named after the
 * workshop and the day the session now starts, such as
 * "networking-basics-2026-12-08.ics", with the start time only when two sessions share that day
 * ("networking-basics-2026-12-08-0930.ics"). A rescheduled session takes its new date; a
 * cancelled one has no file, since there is nothing to add to a calendar.
 */
export function sessionCalendarFiles(
  workshopId: string,
  sessions: readonly Pick<Session, 'start' | 'status'>[],
): (string | undefined)[] {
  const offered = (session: Pick<Session, 'status'>) => session.status !== 'cancelled';
  const day = (session: Pick<Session, 'start'>) => session.start.slice(0, 10);
  const perDay = new Map<string, number>();
  for (const session of sessions.filter(offered))
    perDay.set(day(session), (perDay.get(day(session)) ?? 0) + 1);
  return sessions.map((session) => {
    if (!offered(session)) return undefined;
    const time = session.start.slice(11, 16).replace(':', '');
    const when = (perDay.get(day(session)) ?? 0) > 1 ? `${day(session)}-${time}` : day(session);
    return `${workshopId}-${when}.ics`;
  });
}

/** The one trailing-slash rule: a folder's path ends in exactly one "/". */
export function asFolder(path: string): string {
  return path.replace(/\/*$/, '/');
}

/** The route parameter of page `n` of a paginated listing: none for page 1, then "page/2". */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

export type SiteUrls = ReturnType<typeof siteUrls>;

/**
 * The URLs of a site published under `base` ("/" or "/networking"), at `origin`
 * ("https://hr.example.edu") when absolute URLs are needed.
 */
export function siteUrls(base: string, origin?: string) {
  const root = asFolder(base.startsWith('/') ? base : `/${base}`);
  const folder = (...segments: string[]) => `${root}${segments.map(asFolder).join('')}`;
  const paged = (path: string, page: number) => {
    const param = pageParam(page);
    return param === undefined ? path : `${path}${asFolder(param)}`;
  };
  const groupAnchor = (id: string) => `group-${id}`;

  return {
    /** The base path itself, with its trailing slash: "/networking/". */
    home: () => root,
    /** A link an editor wrote as "/directory/" in a guide, moved under the base path. */
    fromContent: (path: string) => `${root}${path.replace(/^\/+/, '')}`,
    /** A fragment link to an element of the same page. */
    inPage: (elementId: string) => `#${elementId}`,

    guides: () => folder('guides'),
    guide: (id: string) => folder('guides', id),
    /** A guide the site itself links to, such as the privacy notice (SITE_GUIDES). */
    siteGuide: (id: SiteGuide) => folder('guides', id),
    /** The empty network map as an image, for readers who print it instead of using the tool. */
    blankNetworkMap: () => `${root}network-map-blank.svg`,

    /** The A to Z listing: /directory/ for page 1, /directory/page/2/ after that. */
    directory: (page = 1) => paged(folder('directory'), page),
    /** The directory search holding `state`, as a reader can bookmark and share it. */
    directorySearch: (state: SearchState) => `${folder('directory')}${writeState(state)}`,
    profile: (id: string) => folder('directory', id),
    /** The guided match holding `state`: /directory/match/?goal=skills&topic=budgeting&from=finance */
    match: (state: MatchState = {}) => `${folder('directory', 'match')}${writeMatchState(state)}`,
    /** The accepting contacts who help with a goal, which the guided match loads once it is chosen. */
    matchData: (goalId: string) => `${folder('directory', 'match')}${goalId}.json`,

    /** The index of a browse kind, such as /topics/. */
    browseIndex: (kind: string) => folder(kind),
    /** A term's browse page: /topics/budgeting/, then /topics/budgeting/page/2/. */
    browseTerm: (kind: string, id: string, page = 1) => paged(folder(kind, id), page),

    workshops: () => folder('workshops'),
    workshop: (id: string) => folder('workshops', id),
    /** One session's calendar file, such as "intro-workshop-2027-05-04.ics" (sessionCalendarFiles). */
    sessionCalendar: (workshopId: string, fileName: string) =>
      `${folder('workshops', workshopId)}${fileName}`,
    /** Every upcoming session of every workshop and event in one calendar file. */
    allSessionsCalendar: () => `${folder('workshops')}calendar.ics`,

    groups: () => folder('groups'),
    /** The id of a group's section on the groups page, which its links point to. */
    groupAnchor,
    group: (id: string) => `${folder('groups')}#${groupAnchor(id)}`,

    /** The site search, with the words searched for if any. */
    search: (words = '') => {
      const query = words.trim() ? `?${new URLSearchParams({ q: words.trim() })}` : '';
      return `${folder('search')}${query}`;
    },

    /** The Pagefind bundle folder, from which its script and index load. */
    pagefindBundle: () => folder(PAGEFIND_FOLDER),
    pagefindScript: () => `${folder(PAGEFIND_FOLDER)}pagefind.js`,
    /** A file of the directory's search index, named by directoryIndexFiles. */
    directoryIndex: (file: string) => `${folder(...DIRECTORY_INDEX_FOLDER.split('/'))}${file}.json`,
    /** The words "Did you mean …?" corrects to, fetched when a search finds little. */
    searchVocabulary: () => `${root}${SEARCH_VOCABULARY_FILE}`,
    favicon: () => `${root}favicon.svg`,
    /** The default picture of link previews, drawn from the theme colours at build time. */
    socialImage: () => `${root}social-image.png`,
    themeStylesheet: () => `${root}theme.css`,
    sitemapIndex: () => `${root}sitemap-index.xml`,

    /** An absolute URL at the site's origin: absolute('/networking/') -> "https://hr.example.edu/networking/". */
    absolute: (path: string = root) => {
      if (origin === undefined) throw new Error('Absolute URLs need the site origin.');
      return new URL(path, origin).href;
    },
  };
}
