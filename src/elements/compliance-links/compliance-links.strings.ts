import { Catalog } from '../../core/localize.js';

/** What <compliance-links> says itself, in English; other languages load on demand. */
const en = {
  compliancePublications: 'Informed Compliance publications',
  regionalPortals: 'Regional help portals',
  aboutCompliance: 'About Informed Compliance publications',
  country: 'Country',
  allCountries: 'All countries',
  noLink: 'No link published',
  countriesShown: (shown: number, total: number) =>
    shown === total ? `${total} ${total === 1 ? 'country' : 'countries'}` : `${shown} of ${total} countries shown`,
  portalCount: (n: number) => `${n} ${n === 1 ? 'publication' : 'publications'}`,
};

export type ComplianceLinksStrings = typeof en;

export const strings = new Catalog('compliance-links', en, { fr: () => import('./compliance-links.fr.js') });
