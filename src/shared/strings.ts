import { Catalog } from './localize.js';

/** What every element says itself: the source line and the notices. */
const en = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date: string) => `as of ${date}`,
  currentPage: 'current page',
  earlierPage: 'earlier version of the page',
  unknownValue: (attribute: string, value: string, accepted: string) => `Unknown ${attribute} “${value}”. Accepted: ${accepted}.`,
  missingValue: (attribute: string, accepted: string) => `Set ${attribute} to one of: ${accepted}.`,
  renderFailed: (reason: string) => `This element could not be displayed: ${reason}`,
};

export type SharedStrings = typeof en;

export const sharedStrings = new Catalog('shared', en, { fr: () => import('./strings.fr.js') });
