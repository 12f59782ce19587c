import type { Named } from './parse.js';

/**
 * The names a country may be given in an attribute: alpha-2 (the id), alpha-3, name, aliases, and
 * its name in the element's language (`local`, from the shared strings: `Singapour`).
 */
export function countryNames(countries: readonly { code: string; alpha3: string; name: string; aliases?: string[] }[], local?: Record<string, string>): Named[] {
  return countries.map((country) => ({ id: country.code, names: [country.alpha3, country.name, ...(country.aliases ?? []), local?.[country.code]] }));
}
