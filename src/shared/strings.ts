import { Catalog } from './localize.js';

/** What every element says itself in its source line (notices: `notices.ts`). */
const en = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date: string) => `as of ${date}`,
  currentPage: 'current page',
  earlierPage: 'earlier version of the page',
};

export type SharedStrings = typeof en;

export const sharedStrings = new Catalog('shared', en, { fr: () => import('./strings.fr.js') });
