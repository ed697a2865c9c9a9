/** What a contact's card shows, from its view: one mapping for the directory index and the guided match. */
import { confirmationExpires } from '../shared/contacts.ts';
import type { CardData } from '../shared/directory-index.ts';
import type { ContactView } from './contact-view.ts';

export function cardData(contact: ContactView, reconfirmMonths: number): CardData {
  return {
    id: contact.id,
    name: contact.name,
    ...(contact.pronouns ? { pronouns: contact.pronouns } : {}),
    title: contact.title,
    department: contact.department.id,
    topics: contact.topics.map((topic) => topic.id),
    expires: confirmationExpires(contact.confirmed, reconfirmMonths),
  };
}
