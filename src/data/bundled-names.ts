/**
 * Names from data files an element does not show, from `names.json` (written by the build from
 * `data/`): an element that needs a country's or a forum's name bundles these few strings, not
 * the whole file.
 */
import names from './names.json';
import { countryNames, recordNames } from './names.js';
import type { Named } from '../shared/parse.js';

/** The ten member states: alpha-2 code, alpha-3 code, English name, other names. */
export const countries = names.countries;

/** A country's name by its alpha-2 code. */
export const countryName = (code: string): string => countries.find((country) => country.code === code)?.name ?? code;

/** The names each member state may be given in an attribute. */
export const memberStateNames = (): Named[] => countryNames(countries);

/** A forum's names for an org id (`wco` → World Customs Organization); other ids as they are. */
export function orgNames(ids: readonly string[]): Named[] {
  const forums = recordNames(names.forums);
  return ids.map((id) => forums.find((forum) => forum.id === id) ?? { id, names: [] });
}

/** A forum's name and acronym by id, for elements that mention a forum without showing it. */
export const forumById = (id: string) => names.forums.find((forum) => forum.id === id);
