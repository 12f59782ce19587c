import type { Named } from '../shared/parse.js';

/** The names a body or forum may be given: id, acronym, name, other names. */
export function recordNames(records: readonly { id: string; acronym?: string; name: string; alsoKnownAs?: string[] }[]): Named[] {
  return records.map((record) => ({ id: record.id, names: [record.acronym, record.name, ...(record.alsoKnownAs ?? [])] }));
}

/** The names a country may be given in an attribute: alpha-2 (the id), alpha-3, name, aliases. */
export function countryNames(countries: readonly { code: string; alpha3: string; name: string; aliases?: string[] }[]): Named[] {
  return countries.map((country) => ({ id: country.code, names: [country.alpha3, country.name, ...(country.aliases ?? [])] }));
}
