/**
 * The fixed vocabularies of the content model: each id with how it reads, defined once. The Zod
 * enums in schemas/ are derived from these. Pure data with no imports, so browser code may use it.
 */

/** Every id has a label; a vocabulary may say more about each, such as a phrase for sentences. */
export type Vocabulary = Readonly<Record<string, { label: string; [more: string]: string }>>;

/** The ids of a vocabulary in the order written, as the non-empty list `z.enum` expects. */
export function idsOf<V extends Vocabulary>(
  vocabulary: V,
): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

/**
 * Ways a contact is happy to meet: a filter label, a phrase for sentences ("could we talk by
 * video"), and whether it is a conversation, which a request for a 20-minute talk may offer.
 */
export const MEETING_FORMATS = {
  'in-person': { label: 'In person', phrase: 'in person', kind: 'conversation' },
  video: { label: 'Video call', phrase: 'by video', kind: 'conversation' },
  phone: { label: 'Phone call', phrase: 'by phone', kind: 'conversation' },
  'walk-and-talk': { label: 'Walk and talk', phrase: 'on a walk', kind: 'conversation' },
  coffee: { label: 'Over coffee', phrase: 'over coffee', kind: 'conversation' },
  email: { label: 'By email', phrase: 'by email', kind: 'written' },
} as const satisfies Vocabulary;

/** Where a session stands; the label is the badge a reader sees next to it. */
export const SESSION_STATUSES = {
  scheduled: { label: 'Places available' },
  full: { label: 'Full' },
  cancelled: { label: 'Cancelled' },
  rescheduled: { label: 'Rescheduled' },
} as const satisfies Vocabulary;

export const WORKSHOP_KINDS = {
  workshop: { label: 'Workshop' },
  'networking-event': { label: 'Networking event' },
} as const satisfies Vocabulary;

/** How the guide set is divided on the guides page, in page order. */
export const GUIDE_SECTIONS = {
  start: { label: 'Start here' },
  before: { label: 'Before a conversation' },
  during: { label: 'During a conversation' },
  after: { label: 'After a conversation' },
  more: { label: 'More on networking' },
} as const satisfies Vocabulary;

/** What a question of the bank is for: the four things the workshop teaches readers to uncover, plus openers and closers. */
export const QUESTION_PURPOSES = {
  opener: { label: 'Openers' },
  needs: { label: 'Organizational needs' },
  culture: { label: 'Culture' },
  future: { label: 'Future opportunities' },
  fit: { label: 'Fit with my skills, interests and values' },
  help: { label: 'Help with my work now' },
  closer: { label: 'Closers' },
} as const satisfies Vocabulary;

export type MeetingFormat = keyof typeof MEETING_FORMATS;
export type SessionStatus = keyof typeof SESSION_STATUSES;
export type WorkshopKind = keyof typeof WORKSHOP_KINDS;
export type GuideSection = keyof typeof GUIDE_SECTIONS;
export type QuestionPurpose = keyof typeof QUESTION_PURPOSES;

/**
 * Guides the site itself links to: every page's footer, the directory and each profile. Each must
 * exist in content/guides/ under this id, or validate and the build stop.
 */
export const SITE_GUIDES = {
  'privacy-notice': {
    label: 'Privacy notice',
    linkedFrom: 'every page footer, the directory and each profile',
  },
  'become-a-contact': { label: 'Become a network contact', linkedFrom: 'every page footer' },
} as const satisfies Vocabulary;

export type SiteGuide = keyof typeof SITE_GUIDES;
