/**
 * Names, and the forgiving reading of attribute values that name things: ids, codes and names are
 * matched however an editor types them (`SWG-ACTS`, `swg_acts`, `Swg Acts`; `SG`, `sgp`,
 * `Singapore`, `Singapour` on a French page). The one home for what a record may be called.
 */
import type { Country } from '../data/schema.js';

/** Lower case, accents removed: the form text typed by a reader is compared in. */
export function fold(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Lower case, accents and punctuation removed: the form two spellings are compared in. */
export function matchKey(value: string): string {
  return fold(value).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A comma- (or semicolon-) separated attribute value as its non-empty, trimmed items. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Something a value can name: its canonical id and every other name that should match it. */
export interface Named {
  id: string;
  names: readonly (string | undefined)[];
}

export interface Resolved {
  /** Canonical ids, in the order given, without repeats. */
  ids: string[];
  /** The items that named nothing, as the editor wrote them. */
  unknown: string[];
}

/** Resolves each item to the id of the candidate it names. */
export function resolveNames(items: readonly string[], candidates: readonly Named[]): Resolved {
  const index = new Map<string, string>();
  for (const { id, names } of candidates) {
    for (const name of [id, ...names]) {
      const key = name && matchKey(name);
      if (key && !index.has(key)) index.set(key, id);
    }
  }
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const id = index.get(matchKey(item));
    if (id === undefined) unknown.push(item);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

/** The names a body or forum may be given: id, acronym, name, other names. */
export function recordNames(records: readonly { id: string; acronym?: string; name: string; alsoKnownAs?: string[] }[]): Named[] {
  return records.map((record) => ({ id: record.id, names: [record.acronym, record.name, ...(record.alsoKnownAs ?? [])] }));
}

/** The names of the organisations with these ids (`wco`: World Customs Organization), from the forums; other ids as they are. */
export function orgNames(ids: readonly string[], forums: Parameters<typeof recordNames>[0]): Named[] {
  const named = recordNames(forums);
  return ids.map((id) => named.find((forum) => forum.id === id) ?? { id, names: [] });
}

/**
 * The names a country may be given: alpha-2 (the id), alpha-3, name, aliases, and its name in
 * the element's language (`local`, from the shared strings: `Singapour`).
 */
export function countryNames(countries: readonly Pick<Country, 'code' | 'alpha3' | 'name' | 'aliases'>[], local?: Record<string, string>): Named[] {
  return countries.map((country) => ({ id: country.code, names: [country.alpha3, country.name, ...(country.aliases ?? []), local?.[country.code]] }));
}
