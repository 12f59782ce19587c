/**
 * Typed access to the bundled facts in `data/*.json`. The files are validated against `schema.ts`
 * by the test suite, so the casts here state what the tests prove.
 */
import sourcesJson from '../../data/sources.json';
import forumsJson from '../../data/forums.json';
import bodiesJson from '../../data/bodies.json';
import complianceJson from '../../data/compliance.json';
import type { Body, Compliance, Country, Forum, Source } from './schema.js';
import type { Named } from '../shared/parse.js';

export const sources = sourcesJson as Source[];
export const forums = forumsJson as Forum[];
export const bodies = bodiesJson as Body[];
export const compliance = complianceJson as Compliance;

export const sourceById = new Map(sources.map((source) => [source.id, source]));

/** A country by its alpha-2 code, from the bundled member states. */
export const countryByCode = new Map<string, Country>(compliance.countries.map((country) => [country.code, country]));

/** The names a country may be given in an attribute: alpha-2 (the id), alpha-3, name, aliases. */
export function countryNames(countries: readonly Country[]): Named[] {
  return countries.map((country) => ({
    id: country.code,
    names: [country.alpha3, country.name, ...(country.aliases ?? [])],
  }));
}

/** The names a body or forum may be given: id, acronym, name. */
export function recordNames(records: readonly { id: string; acronym?: string; name: string; alsoKnownAs?: string[] }[]): Named[] {
  return records.map((record) => ({ id: record.id, names: [record.acronym, record.name, ...(record.alsoKnownAs ?? [])] }));
}
