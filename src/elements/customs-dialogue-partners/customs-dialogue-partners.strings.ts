import { Catalog } from '../../core/localize.js';

/** What <customs-dialogue-partners> says itself, in English; other languages load on demand. */
const en = {
  dialoguePartners: 'ASEAN Customs dialogue partners',
  privateSector: 'Consultations with the private sector',
};

export type DialoguePartnersStrings = typeof en;

export const strings = new Catalog('customs-dialogue-partners', en, { fr: () => import('./customs-dialogue-partners.fr.js') });
