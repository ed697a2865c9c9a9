/** What the guided match loads for a goal: its accepting contacts, with only what ranking needs. */
import type { ContactView } from './contact-view.ts';
import { confirmationExpires } from '../shared/contacts.ts';
import type { MatchCandidate, MatchData } from '../shared/match.ts';

export function matchData(
  goalId: string,
  contacts: readonly ContactView[],
  reconfirmMonths: number,
): MatchData {
  return {
    goal: goalId,
    contacts: contacts
      .filter((contact) => contact.accepting && contact.termIds.goals.includes(goalId))
      .map((contact): MatchCandidate => ({
        id: contact.id,
        name: contact.name,
        ...(contact.pronouns ? { pronouns: contact.pronouns } : {}),
        title: contact.title,
        department: contact.department.id,
        topics: contact.termIds.topics,
        capacity: contact.capacity,
        expires: confirmationExpires(contact.confirmed, reconfirmMonths),
      })),
  };
}
