import { Catalog } from '../shared/localize.js';

/** What <customs-contributions> says itself, in English; other languages load on demand. */
const en = {
  contributionsOf: (country: string) => `International contributions: ${country}`,
  roleGroups: { chair: 'Chairs', participant: 'Participates in', member: 'Member of', developer: 'Developed' },
  roleNames: { chair: 'Chair', participant: 'Participant', member: 'Member', developer: 'Developer' },
  since: (date: string) => `since ${date}`,
  earlier: 'Earlier',
  noRoles: (country: string) => `No roles are recorded for ${country}.`,
  relatedSystems: 'Related systems',
};

export type ContributionsStrings = typeof en;

export const strings = new Catalog('customs-contributions', en, { fr: () => import('./customs-contributions.fr.js') });
