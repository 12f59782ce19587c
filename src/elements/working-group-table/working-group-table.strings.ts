import { Catalog } from '../../core/localize.js';

/** What <working-group-table> says itself, in English; other languages load on demand. */
const en = {
  sectoralBodies: 'ASEAN Customs sectoral bodies',
  columns: {
    name: 'Name',
    acronym: 'Acronym',
    established: 'Established',
    description: 'Description',
    meetings: 'Meetings per year',
    'reports-to': 'Reports to',
    chair: 'Chair',
  },
  chairFor: (year: string) => `Chair (${year})`,
  filterBodies: 'Filter bodies',
  bodiesShown: (shown: number, total: number) =>
    shown === total ? `${total} ${total === 1 ? 'body' : 'bodies'}` : `${shown} of ${total} bodies shown`,
  noMatch: (query: string) => `No body matches “${query}”.`,
};

export type WorkingGroupTableStrings = typeof en;

export const strings = new Catalog('working-group-table', en, { fr: () => import('./working-group-table.fr.js') });
