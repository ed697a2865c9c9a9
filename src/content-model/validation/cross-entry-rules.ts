import type { Contact } from '../schemas/contact.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { termFields, termIdsIn } from '../schemas/term-fields.ts';
import {
  entrySources,
  taxonomySources,
  type EntryCollectionName,
  type ListName,
} from '../sources.ts';
import { TAXONOMIES, TAXONOMY_NAMES, type TaxonomyName } from '../taxonomies.ts';
import { SITE_GUIDES } from '../vocabularies.ts';
import { confirmationExpires, isStale } from '../../shared/contacts.ts';
import { sessionId, sessionTimeProblems } from '../../shared/sessions.ts';
import { addDays, addMonths } from '../../shared/time.ts';
import { linksIn } from '../schemas/link-fields.ts';
import { calendarProblems } from './calendar-rules.ts';
import { allowedHosts, describeHosts, hostMatches } from './link-hosts.ts';
import type { LoadedContent, LoadedEntry } from './load-content.ts';
import { fieldName, type Problem } from './problem.ts';
import { choicesOf, unknownTermMessage } from './term-names.ts';

export interface StaleContact {
  id: string;
  file: string;
  name: string;
  confirmed: string;
  expired: string;
}

export interface RuleResult {
  problems: Problem[];
  staleContacts: StaleContact[];
}

/** Rules that need more than one entry, the site configuration, or today's date. */
export function crossEntryRules(
  content: LoadedContent,
  config: SiteConfig,
  today: string,
): RuleResult {
  const problems: Problem[] = [];
  const staleContacts: StaleContact[] = [];
  const report = (
    entry: LoadedEntry<unknown>,
    path: readonly PropertyKey[],
    message: string,
    severity: Problem['severity'] = 'error',
  ) =>
    problems.push({
      severity,
      file: entry.file,
      ...entry.locate(path),
      field: fieldName([...(entry.pathPrefix ?? []), ...path]),
      message,
    });

  // Every term id an entry holds names a term of its taxonomy; the schemas say which fields hold them.
  const terms = choicesOf(content.taxonomies);
  const ids = Object.fromEntries(
    TAXONOMY_NAMES.map((name) => [name, content.taxonomies[name].map((term) => term.id)]),
  ) as Record<TaxonomyName, string[]>;
  // A list file that could not be read at all has its own message, which is the one to act on:
  // without it every id of that taxonomy in every entry would read as unknown.
  const unread = new Set(
    TAXONOMY_NAMES.filter(
      (name) =>
        ids[name].length === 0 &&
        content.problems.some((problem) => problem.file === TAXONOMIES[name].file),
    ),
  );
  // Entry folders and list files alike (the question bank's `goals`).
  const withTerms = [
    ...(Object.keys(entrySources) as EntryCollectionName[]).map((collection) => ({
      schema: entrySources[collection].schema,
      entries: content.entries[collection],
    })),
    ...(Object.keys(taxonomySources) as ListName[]).map((list) => ({
      schema: taxonomySources[list].schema,
      entries: content.taxonomies[list],
    })),
  ];
  for (const { schema, entries } of withTerms) {
    const fields = termFields(schema);
    for (const entry of entries) {
      for (const { field, taxonomy } of fields) {
        if (unread.has(taxonomy)) continue;
        const value = (entry.data as Record<string, unknown>)[field];
        termIdsIn(entry.data, field).forEach((termId, index) => {
          if (ids[taxonomy].includes(termId)) return;
          report(
            entry,
            Array.isArray(value) ? [field, index] : [field],
            unknownTermMessage(termId, taxonomy, terms),
          );
        });
      }
    }
  }

  const allowedDomains = config.contacts.emailDomains.map((domain) => domain.toLowerCase());
  for (const contact of content.entries.contacts) {
    const { data } = contact;
    const domain = data.email.toLowerCase().split('@')[1] ?? '';
    if (!allowedDomains.includes(domain)) {
      report(
        contact,
        ['email'],
        `"${data.email}" is not on an allowed domain (expected an address ending in ${allowedDomains.map((d) => `@${d}`).join(' or ')})`,
      );
    }

    if (data.confirmed > today) {
      report(
        contact,
        ['confirmed'],
        `${data.confirmed} is in the future (expected the date the person last confirmed, today ${today} or earlier)`,
      );
    } else if (isStale(data.confirmed, config.contacts.reconfirmMonths, today)) {
      const expired = confirmationExpires(data.confirmed, config.contacts.reconfirmMonths);
      staleContacts.push({
        id: contact.id,
        file: contact.file,
        name: data.name,
        confirmed: data.confirmed,
        expired,
      });
      report(
        contact,
        ['confirmed'],
        `${data.confirmed} is more than ${config.contacts.reconfirmMonths} months ago, so ${data.name} is left out of the site (expected a confirmation on or after ${earliestCurrent(today, config.contacts.reconfirmMonths)}: ask them to confirm, then update the date)`,
        'warning',
      );
    }
  }

  // One person, one listing: the older listing (by confirmed date, then file name) is kept and
  // the newer one is reported, whatever order the files are read in.
  const listed = new Map<string, LoadedEntry<Contact>>();
  const oldestFirst = [...content.entries.contacts].sort(
    (a, b) =>
      a.data.confirmed.localeCompare(b.data.confirmed) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  for (const contact of oldestFirst) {
    const { email } = contact.data;
    const first = listed.get(mailboxOf(email));
    if (!first) listed.set(mailboxOf(email), contact);
    else {
      const same =
        first.data.email === email
          ? 'already listed'
          : `the same address as "${first.data.email}", already listed`;
      report(
        contact,
        ['email'],
        `"${email}" is ${same} by ${first.file}, confirmed ${first.data.confirmed} (expected one listing per person: capitals and a +tag do not make another address)`,
      );
    }
  }

  // Every link to another site is on a host site.config.yaml allows. Registration links are
  // checked below, with the calendar rules that depend on them.
  for (const collection of Object.keys(entrySources) as EntryCollectionName[]) {
    for (const entry of content.entries[collection] as LoadedEntry<object>[]) {
      for (const link of linksIn(entrySources[collection].schema, entry.data)) {
        if (link.hosts !== 'outbound') continue;
        const host = new URL(link.url).hostname;
        const allowed = allowedHosts(config, 'outbound');
        if (allowed.some((entry) => hostMatches(host, entry))) continue;
        report(
          entry,
          link.path,
          `"${link.url}" leads to ${host}, which is not an allowed host for links (expected an https link to ${describeHosts(allowed)}; to link to another site, add its host to links.hosts in site.config.yaml)`,
        );
      }
    }
  }

  const registrationHosts = allowedHosts(config, 'registration');
  for (const workshop of content.entries.workshops) {
    const { data } = workshop;
    // Registration links and waiting lists lead to the registration system only.
    let hostAllowed = true;
    for (const link of linksIn(entrySources.workshops.schema, data)) {
      if (link.hosts !== 'registration') continue;
      const host = new URL(link.url).hostname;
      if (registrationHosts.some((entry) => hostMatches(host, entry))) continue;
      if (link.path.join('.') === 'registration.url') hostAllowed = false;
      report(
        workshop,
        link.path,
        `"${link.url}" is not on an allowed registration host (expected a link to ${describeHosts(registrationHosts)}, as listed in site.config.yaml)`,
      );
    }
    const sessionIds = new Map<string, number>();
    const starts = new Map<string, number>();
    const timedWell: number[] = [];
    data.sessions.forEach((session, index) => {
      // A session is known by its original start (its calendar UID), and its calendar file by its
      // current start: both must be its own.
      const id = sessionId(session);
      const first = sessionIds.get(id) ?? starts.get(session.start);
      if (first === undefined) {
        sessionIds.set(id, index);
        starts.set(session.start, index);
      } else {
        report(
          workshop,
          ['sessions', index, 'start'],
          `${session.start} is the same session as sessions[${first}], which starts or started then (expected each session once; to move a session, change its start and set previousStart)`,
        );
      }
      const timeProblems = sessionTimeProblems(session, data.timezone);
      for (const { field, message } of timeProblems)
        report(workshop, ['sessions', index, field], message);
      if (timeProblems.length === 0) timedWell.push(index);
    });
    // What is already reported above is not reported again by the calendar library's rules.
    if (hostAllowed) {
      for (const { path, message } of calendarProblems(workshop.id, data, timedWell, config))
        report(workshop, path, message);
    }
  }

  const guideOrders = new Map<number, LoadedEntry<unknown>>();
  for (const guide of content.entries.guides) {
    const first = guideOrders.get(guide.data.order);
    if (first) {
      report(
        guide,
        ['order'],
        `${guide.data.order} is already used by ${first.file} (expected each guide to have its own position in the set)`,
      );
    } else {
      guideOrders.set(guide.data.order, guide);
    }
  }

  problems.push(...missingSiteGuides(content));

  return { problems, staleContacts };
}

/**
 * The guides the site links to from its own pages, such as the privacy notice in every footer:
 * without them those links would lead nowhere. A guide that is there but has mistakes is reported
 * for those already.
 */
function missingSiteGuides(content: LoadedContent): Problem[] {
  const present = new Set(content.entries.guides.map((guide) => guide.id));
  return Object.entries(SITE_GUIDES).flatMap(([id, { label, linkedFrom }]) => {
    const file = `${entrySources.guides.dir}/${id}${entrySources.guides.extensions[0]}`;
    if (present.has(id) || content.problems.some((problem) => problem.file === file)) return [];
    return [
      {
        severity: 'error' as const,
        file,
        line: 1,
        column: 1,
        field: '',
        message: `is missing (expected the "${label}" guide, which the site links to from ${linkedFrom}: restore the file, or write your own with this file name)`,
      },
    ];
  });
}

/** The mailbox an address delivers to: jlee+hr@Example.edu is jlee@example.edu. */
function mailboxOf(email: string): string {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return `${local.replace(/\+.*$/, '')}@${domain}`;
}

/** The earliest confirmation date that is still current today (months have different lengths). */
function earliestCurrent(today: string, months: number): string {
  let date = addMonths(today, -months);
  while (isStale(date, months, today)) date = addDays(date, 1);
  return date;
}
