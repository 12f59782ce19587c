import { Catalog } from '../../core/localize.js';

/** What <customs-contributions> says itself, in English; other languages load on demand. */
const en = {
  contributionsOf: (country: string) => `International contributions: ${country}`,
  roleGroups: { chair: 'Chairs', participant: 'Participates in', member: 'Member of', developer: 'Developed' },
  formerRoles: { chair: 'Chaired', participant: 'Took part in', member: 'Was a member of', developer: 'Developed' },
  /** A role held before, with when (empty when the source gives no date). */
  formerly: (did: string, what: string, when: string) => `${did} ${what} ${when ? `${/^\d+ |\d, \d/.test(when) ? 'on' : 'in'} ${when}` : 'earlier'}.`,
  since: (date: string) => `since ${date}`,
  noRoles: (country: string) => `No roles are recorded for ${country}.`,
  relatedSystems: 'Related systems',
};

export type ContributionsStrings = typeof en;

export const strings = new Catalog('customs-contributions', en, { fr: () => import('./customs-contributions.fr.js') });
