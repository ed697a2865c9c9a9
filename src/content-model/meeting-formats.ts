import type { MeetingFormat } from './schemas/contact.ts';

/** How each way to meet reads as a filter label and inside a sentence ("happy to meet by video"). */
export const MEETING_FORMATS: Record<MeetingFormat, { label: string; phrase: string }> = {
  'in-person': { label: 'In person', phrase: 'in person' },
  video: { label: 'Video call', phrase: 'by video' },
  phone: { label: 'Phone call', phrase: 'by phone' },
  'walk-and-talk': { label: 'Walk and talk', phrase: 'on a walk' },
  coffee: { label: 'Over coffee', phrase: 'over coffee' },
  email: { label: 'By email', phrase: 'by email' },
};
