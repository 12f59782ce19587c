import { Catalog } from '../../core/localize.js';

/** What <customs-activity-list> says itself, in English; other languages load on demand. */
const en = {
  activities: 'Key activities and priorities',
};

export type ActivityListStrings = typeof en;

export const strings = new Catalog('customs-activity-list', en, { fr: () => import('./customs-activity-list.fr.js') });
