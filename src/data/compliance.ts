/** The bundled `data/compliance.json`, typed (the test suite validates it against the schema). */
import json from '../../data/compliance.json';
import type { Compliance, Country } from './schema.js';
import type { Named } from '../shared/parse.js';

export const compliance = json as Compliance;

/** A country by its alpha-2 code, from the bundled member states. */
export const countryByCode = new Map<string, Country>(compliance.countries.map((country) => [country.code, country]));

/** The names a country may be given in an attribute: alpha-2 (the id), alpha-3, name, aliases. */
export function countryNames(countries: readonly Country[]): Named[] {
  return countries.map((country) => ({
    id: country.code,
    names: [country.alpha3, country.name, ...(country.aliases ?? [])],
  }));
}
