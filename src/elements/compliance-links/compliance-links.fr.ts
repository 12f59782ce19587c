import type { ComplianceLinksStrings } from './compliance-links.strings.js';

const fr: ComplianceLinksStrings = {
  compliancePublications: 'Publications « Informed Compliance »',
  regionalPortals: 'Portails régionaux d’assistance',
  aboutCompliance: 'À propos des publications « Informed Compliance »',
  country: 'Pays',
  allCountries: 'Tous les pays',
  noLink: 'Aucun lien publié',
  countriesShown: (shown, total) =>
    shown === total ? `${total} pays` : `${shown} pays affichés sur ${total}`,
  portalCount: (n) => `${n} ${n === 1 ? 'publication' : 'publications'}`,
};

export default fr;
