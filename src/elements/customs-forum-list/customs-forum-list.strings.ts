import { Catalog } from '../../core/localize.js';

/** What <customs-forum-list> says itself, in English; other languages load on demand. */
const en = {
  fora: 'International fora',
};

export type ForumListStrings = typeof en;

export const strings = new Catalog('customs-forum-list', en, { fr: () => import('./customs-forum-list.fr.js') });
