/** Sorted, published content for pages. getCollection() order is not deterministic, so everything is sorted here. */
import { getCollection } from 'astro:content';
import { isStale } from './contacts.ts';
import { site } from './site.ts';
import { today } from './time.ts';

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** Contacts whose confirmation is current: stale ones appear nowhere on the site. */
export async function publishedContacts() {
  const now = today();
  const contacts = await getCollection('contacts', (entry) => !isStale(entry.data.confirmed, site.contacts.reconfirmMonths, now));
  return contacts.sort((a, b) => byName.compare(a.data.name, b.data.name) || a.id.localeCompare(b.id));
}

export async function goals() {
  return (await getCollection('goals')).sort((a, b) => a.data.order - b.data.order);
}

export async function departments() {
  return (await getCollection('departments')).sort((a, b) => byName.compare(a.data.name, b.data.name));
}

export async function guides() {
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}

export async function workshops() {
  return (await getCollection('workshops')).sort((a, b) => byName.compare(a.data.title, b.data.title));
}
