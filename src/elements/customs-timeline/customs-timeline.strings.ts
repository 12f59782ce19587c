import { Catalog } from '../../core/localize.js';

/** What <customs-timeline> says itself, in English; other languages load on demand. */
const en = {
  milestones: 'Milestones',
  milestoneCount: (n: number) => `${n} ${n === 1 ? 'milestone' : 'milestones'}`,
  noMilestones: 'No milestone matches these settings.',
};

export type TimelineStrings = typeof en;

export const strings = new Catalog('customs-timeline', en, { fr: () => import('./customs-timeline.fr.js') });
