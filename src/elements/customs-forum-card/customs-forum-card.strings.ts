import { Catalog } from '../../core/localize.js';

/** What <customs-forum-card> says itself, in English; other languages load on demand. */
const en = {
  established: 'Established',
  participation: 'Singapore’s participation',
  instruments: 'Instruments',
  website: 'Official website',
  alsoKnownAs: 'Also known as',
};

export type ForumCardStrings = typeof en;

export const strings = new Catalog('customs-forum-card', en, { fr: () => import('./customs-forum-card.fr.js') });
