/**
 * The member states' codes and names, from `names/countries.json` (written by the build from
 * `data/compliance.json`), for elements that name a country without showing its portals.
 */
import countries from './names/countries.json';
import { countryNames } from '../shared/country-names.js';
import type { Named } from '../shared/parse.js';

export { countries };

/** The names each member state may be given in an attribute, with those in the element's language. */
export const memberStateNames = (local?: Record<string, string>): Named[] => countryNames(countries, local);
