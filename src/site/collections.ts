/** Sorted, published content for pages. getCollection() order is not deterministic, so everything is sorted here. */
import { getCollection } from 'astro:content';
import { contactView, type ContactView, type Taxonomies } from './contact-view.ts';
import { sessionCalendarFiles } from '../shared/urls.ts';
import { timedSessions, upcoming, type TimedSession } from '../shared/sessions.ts';
import { nowMs } from '../content-model/clock.ts';
import {
  taxonomyOf,
  TAXONOMY_NAMES,
  type TaxonomyName,
  type Term,
} from '../content-model/taxonomies.ts';

const byName = new Intl.Collator('en', { sensitivity: 'base' });
export const compareNames = (a: string, b: string) => byName.compare(a, b);

/**
 * Loads once per build and shares the result across the thousands of pages that ask. In
 * `astro dev` content can change between requests, so nothing is kept there.
 */
function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    const loading = kept ?? load();
    if (!import.meta.env.DEV) kept = loading;
    return loading;
  };
}

/** The terms of every taxonomy, by id. */
export const taxonomies = oncePerBuild(async (): Promise<Taxonomies> => {
  const loaded = await Promise.all(
    TAXONOMY_NAMES.map(async (name) => {
      const entries = await getCollection(name);
      return [name, new Map(entries.map((entry) => [entry.data.id, entry.data]))] as const;
    }),
  );
  return Object.fromEntries(loaded) as unknown as Taxonomies;
});

/** The terms of one taxonomy in page order: by name, or by position where the registry says so. */
export async function terms<Name extends TaxonomyName>(name: Name): Promise<Term<Name>[]> {
  const taxonomy = taxonomyOf(name);
  const all = [...(await taxonomies())[name].values()] as Term<Name>[];
  return all.sort((a, b) => {
    const [x, y] = [taxonomy.sortKey(a), taxonomy.sortKey(b)];
    return typeof x === 'number' && typeof y === 'number'
      ? x - y
      : compareNames(String(x), String(y));
  });
}

/**
 * Contacts, alphabetical. Those whose confirmation has expired are not in the collection at all
 * (the loader leaves them out), so they appear nowhere on the site.
 */
export const publishedContacts = oncePerBuild(async (): Promise<ContactView[]> => {
  const [entries, lookup] = await Promise.all([getCollection('contacts'), taxonomies()]);
  return entries
    .map((entry) => contactView(entry.id, entry.data, lookup))
    .sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id));
});

export async function guides() {
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}

/**
 * A guide a school may leave out, or undefined: getEntry() would log a warning for a missing
 * one on every page that asks, which reads as a fault in a clean build.
 */
export async function optionalGuide(id: string) {
  return (await guides()).find((guide) => guide.id === id);
}

export async function workshops() {
  return (await getCollection('workshops')).sort((a, b) =>
    compareNames(a.data.title, b.data.title),
  );
}

export type WorkshopEntry = Awaited<ReturnType<typeof workshops>>[number];

/** A session as the site lists it: with its calendar file, unless it is cancelled. */
export interface ListedSession extends TimedSession {
  /** The file name at urls.sessionCalendar(), such as "networking-basics-2026-12-08.ics". */
  calendarFile: string | undefined;
}

/** Each workshop with its sessions that have not ended at build time, soonest first. */
export const workshopsWithSessions = oncePerBuild(async () => {
  const now = nowMs();
  return (await workshops()).map((workshop) => {
    const files = sessionCalendarFiles(workshop.id, workshop.data.sessions);
    const listed = timedSessions(workshop.data.sessions, workshop.data.timezone).map(
      (session, index): ListedSession => ({ ...session, calendarFile: files[index] }),
    );
    return { workshop, sessions: upcoming(listed, now) };
  });
});

/** Every session that has not ended at build time, across all workshops and events, soonest first. */
export async function upcomingSessions() {
  return (await workshopsWithSessions())
    .flatMap(({ workshop, sessions }) => sessions.map((session) => ({ workshop, session })))
    .sort(
      (a, b) =>
        a.session.startMs - b.session.startMs ||
        compareNames(a.workshop.data.title, b.workshop.data.title),
    );
}

export async function groups() {
  return (await getCollection('groups')).sort((a, b) => compareNames(a.data.name, b.data.name));
}
