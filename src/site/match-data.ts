/** What the guided match loads for a goal: its accepting contacts, with only what ranking needs. */
import type { ContactView } from './contact-view.ts';
import { cardData } from './card-data.ts';
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
        ...cardData(contact, reconfirmMonths),
        capacity: contact.capacity,
      })),
  };
}
