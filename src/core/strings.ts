import { Catalog } from './localize.js';

/** What every element says itself in its source line (notices: `notices.ts`). */
const en = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date: string) => `as of ${date}`,
  months: 'January February March April May June July August September October November December'.split(' '),
  /** A day of the month (French writes the first "1er"). */
  day: String as (day: number) => string,
  /** The word before a list's last item. */
  and: 'and',
};

export type SharedStrings = typeof en & {
  /** Member states' names in the language, accepted in `country` beside the English ones (`Singapour`). */
  countries?: Record<string, string>;
};

export const sharedStrings = new Catalog<SharedStrings>('shared', en, { fr: () => import('./strings.fr.js') });
