import { Catalog } from '../../core/localize.js';

/** What <customs-org-chart> says itself, in English; other languages load on demand. */
const en = {
  reportingStructure: 'ASEAN Customs reporting structure',
  established: 'Established',
};

export type OrgChartStrings = typeof en;

export const strings = new Catalog('customs-org-chart', en, { fr: () => import('./customs-org-chart.fr.js') });
