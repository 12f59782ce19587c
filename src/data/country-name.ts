/**
 * A member state's name by its alpha-2 code, from `names/country-names.json` (written by the
 * build from `data/compliance.json`): all the table needs to name a chair.
 */
import names from './names/country-names.json';

export const countryName = (code: string): string => (Object.hasOwn(names, code) ? names[code as keyof typeof names] : code);
