import type { SiteConfig } from '../schemas/site-config.ts';
import { confirmationExpires, isStale } from '../../shared/contacts.ts';
import { sessionId, sessionTimeProblems } from '../../shared/sessions.ts';
import { addDays, addMonths } from '../../shared/time.ts';
import { calendarProblems } from './calendar-rules.ts';
import type { LoadedContent, LoadedEntry } from './load-content.ts';
import { fieldName, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

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

type Reference = 'departments' | 'topics' | 'locations' | 'goals';

const REFERENCE_LABEL: Record<Reference, string> = {
  departments: 'department',
  topics: 'topic',
  locations: 'location',
  goals: 'goal',
};

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
      field: fieldName(path),
      message,
    });

  const ids = Object.fromEntries(
    (Object.keys(REFERENCE_LABEL) as Reference[]).map((name) => [
      name,
      content.taxonomies[name].map((term) => term.id),
    ]),
  ) as Record<Reference, string[]>;
  const checkReference = (
    entry: LoadedEntry<unknown>,
    path: readonly PropertyKey[],
    value: string,
    taxonomy: Reference,
  ) => {
    if (ids[taxonomy].includes(value)) return;
    const label = REFERENCE_LABEL[taxonomy];
    report(
      entry,
      path,
      `"${value}" is not a known ${label}${didYouMean(value, ids[taxonomy])} (expected a ${label} id from content/taxonomies/${taxonomy}.yaml)`,
    );
  };
  const checkReferences = (
    entry: LoadedEntry<unknown>,
    field: string,
    values: readonly string[],
    taxonomy: Reference,
  ) => values.forEach((value, index) => checkReference(entry, [field, index], value, taxonomy));

  const allowedDomains = config.contacts.emailDomains.map((domain) => domain.toLowerCase());
  const emails = new Map<string, LoadedEntry<unknown>>();
  for (const contact of content.entries.contacts) {
    const { data } = contact;
    checkReference(contact, ['department'], data.department, 'departments');
    checkReference(contact, ['location'], data.location, 'locations');
    checkReferences(contact, 'askMeAbout', data.askMeAbout, 'topics');
    checkReferences(contact, 'helpsWith', data.helpsWith, 'goals');

    const email = data.email.toLowerCase();
    const domain = email.split('@')[1] ?? '';
    if (!allowedDomains.includes(domain)) {
      report(
        contact,
        ['email'],
        `"${data.email}" is not on an allowed domain (expected an address ending in ${allowedDomains.map((d) => `@${d}`).join(' or ')})`,
      );
    }
    const first = emails.get(email);
    if (first) {
      report(
        contact,
        ['email'],
        `"${data.email}" is already used by ${first.file} (expected each contact to have their own email address)`,
      );
    } else {
      emails.set(email, contact);
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

  const allowedHosts = config.registration.hosts.map((host) => host.toLowerCase());
  for (const workshop of content.entries.workshops) {
    const { data } = workshop;
    checkReferences(workshop, 'topics', data.topics, 'topics');
    checkReferences(workshop, 'goals', data.goals, 'goals');
    const host = new URL(data.registration.url).hostname.toLowerCase();
    const hostAllowed = allowedHosts.includes(host);
    if (!hostAllowed) {
      report(
        workshop,
        ['registration', 'url'],
        `"${data.registration.url}" is not on an allowed registration host (expected a link to ${allowedHosts.join(' or ')}, as listed in site.config.yaml)`,
      );
    }
    const sessionIds = new Map<string, number>();
    const timedWell: number[] = [];
    data.sessions.forEach((session, index) => {
      // A session is known by its original start: calendar files and their UIDs are named after it.
      const id = sessionId(session);
      const first = sessionIds.get(id);
      if (first === undefined) sessionIds.set(id, index);
      else {
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

  for (const group of content.entries.groups) {
    checkReferences(group, 'topics', group.data.topics, 'topics');
    checkReferences(group, 'goals', group.data.goals, 'goals');
  }

  const guideOrders = new Map<number, LoadedEntry<unknown>>();
  for (const guide of content.entries.guides) {
    checkReferences(guide, 'topics', guide.data.topics, 'topics');
    checkReferences(guide, 'goals', guide.data.goals, 'goals');
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

  return { problems, staleContacts };
}

/** The earliest confirmation date that is still current today (months have different lengths). */
function earliestCurrent(today: string, months: number): string {
  let date = addMonths(today, -months);
  while (isStale(date, months, today)) date = addDays(date, 1);
  return date;
}
