/**
 * The guided match: the accepting colleagues who help with the reader's goal, ranked by fit, each
 * with the reasons they were suggested. Equally good matches come in the day's order (fair-spread.ts).
 * Pure, so the page's script and the tests share it.
 */
import type { CardData } from './directory-index.ts';
import { drawKey } from './fair-spread.ts';
import { expiredBy } from './listing-expiry.ts';

/**
 * One accepting contact who helps with the goal, as the build writes it for the page: what a card
 * shows (all their topics, which the reasons need) and how many conversations a month they offer.
 * After the listing's last day (`expires`) the contact is not suggested.
 */
export interface MatchCandidate extends CardData {
  capacity: number;
}

/** The file the build writes for each goal (urls.matchData). */
export interface MatchData {
  goal: string;
  contacts: MatchCandidate[];
}

export interface MatchRequest {
  /** The topic the reader chose, if any. */
  topic?: string;
  /** The reader's own department, if they gave it. */
  from?: string;
  /** The reader's local date, YYYY-MM-DD: it picks the day's order and drops ended listings. */
  day: string;
}

/** What the reasons say, as the page words the reader's choices. */
export interface MatchWording {
  /** The goal, as it reads after "helps with: ", such as "skills that matter". */
  goal: string;
  /** The chosen topic, as it reads after "knows: ", such as "budgeting". */
  topic?: string;
}

export interface Match {
  contact: MatchCandidate;
  /** Why they were suggested, strongest first: "helps with: skills that matter". */
  reasons: string[];
}

export interface MatchResult {
  /** The best matches, at most the limit asked for. */
  matches: Match[];
  /** Every contact who could be suggested, however far down. */
  total: number;
  /** How many of them know the chosen topic (0 without one). */
  knowTopic: number;
}

/** The page's performance marks around ranking and rendering, which `npm run bench` reads. */
export const MATCH_MARKS = {
  dataLoaded: 'match-data-loaded',
  results: 'match-results',
} as const;

/** A topic shared counts for more than a department apart: the reader asked about the topic. */
const TOPIC_POINTS = 2;
const OTHER_DEPARTMENT_POINTS = 1;

export function rankMatches(
  candidates: readonly MatchCandidate[],
  request: MatchRequest,
  wording: MatchWording,
  limit = 10,
): MatchResult {
  const scored = candidates
    .filter((contact) => !expiredBy(contact.expires, request.day))
    .map((contact) => {
      const knowsTopic = request.topic !== undefined && contact.topics.includes(request.topic);
      const elsewhere = request.from !== undefined && contact.department !== request.from;
      const reasons = [`helps with: ${wording.goal}`];
      if (knowsTopic) reasons.push(`knows: ${wording.topic ?? request.topic}`);
      if (elsewhere) reasons.push('in another department');
      return {
        match: { contact, reasons },
        knowsTopic,
        score: (knowsTopic ? TOPIC_POINTS : 0) + (elsewhere ? OTHER_DEPARTMENT_POINTS : 0),
        key: drawKey(contact.id, contact.capacity, request.day),
      };
    });
  scored.sort(
    (a, b) =>
      b.score - a.score || b.key - a.key || a.match.contact.id.localeCompare(b.match.contact.id),
  );
  return {
    matches: scored.slice(0, limit).map(({ match }) => match),
    total: scored.length,
    knowTopic: scored.filter(({ knowsTopic }) => knowsTopic).length,
  };
}

/**
 * A label as it reads inside a sentence: "Skills that matter" becomes "skills that matter", while
 * a word in capitals ("IT support") keeps them.
 */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
