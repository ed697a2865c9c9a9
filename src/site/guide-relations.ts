import type { ContactView } from './contact-view.ts';

/**
 * The contacts a guide points to: those who list one of its topics or goals, most overlap first,
 * then those taking requests, then by name.
 */
export function relatedContacts(
  contacts: readonly ContactView[],
  topics: readonly string[],
  goals: readonly string[],
  limit = 6,
): ContactView[] {
  const overlap = (contact: ContactView) =>
    contact.topics.filter((topic) => topics.includes(topic.id)).length +
    contact.goals.filter((goal) => goals.includes(goal.id)).length;
  return contacts
    .map((contact) => ({ contact, score: overlap(contact) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.contact.accepting) - Number(a.contact.accepting) ||
        a.contact.name.localeCompare(b.contact.name),
    )
    .slice(0, limit)
    .map(({ contact }) => contact);
}

/** Previous and next guide in the set's order. */
export function neighbours<T>(
  ordered: readonly T[],
  index: number,
): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? ordered[index - 1] : undefined, next: ordered[index + 1] };
}
