import type { Guide } from './schemas/guide.ts';

/** How the guide set is divided on the guides page. */
export const GUIDE_SECTIONS: Record<Guide['section'], string> = {
  start: 'Start here',
  before: 'Before a conversation',
  during: 'During a conversation',
  after: 'After a conversation',
  more: 'More on networking',
};
