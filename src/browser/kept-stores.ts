/**
 * What each browser tool keeps in localStorage: its key, how a saved copy is read and written, and
 * what the reader is told about it. The tools and their tests share these settings.
 */
import { networkFile, readNetworkFile, type Person } from '../shared/network-score.ts';
import { planFile, readPlan, type PlanItem } from '../shared/question-plan.ts';
import { storedDataNotice } from '../shared/stored-data.ts';
import type { KeptStore } from './kept-storage.ts';

const earlierNotice = (whole: string) =>
  `A saved ${whole} that could not be read on an earlier visit is kept aside in this browser: download it to keep a copy, or delete it.`;

export const questionPlanStore: KeptStore<PlanItem> = {
  key: 'networking-hub:question-plan',
  read: readPlan,
  write: planFile,
  notice: (read, keptAside) =>
    storedDataNotice(
      read,
      { items: ['saved question', 'saved questions'], whole: 'plan' },
      keptAside,
    ),
  earlierNotice: earlierNotice('plan'),
};

export const networkMapStore: KeptStore<Person> = {
  key: 'networking-hub:network-map',
  read: readNetworkFile,
  write: networkFile,
  notice: (read, keptAside) =>
    storedDataNotice(read, { items: ['saved person', 'saved people'], whole: 'map' }, keptAside),
  earlierNotice: earlierNotice('map'),
};
