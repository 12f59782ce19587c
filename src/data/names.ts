import type { Named } from '../shared/parse.js';

/** The names a body or forum may be given: id, acronym, name, other names. */
export function recordNames(records: readonly { id: string; acronym?: string; name: string; alsoKnownAs?: string[] }[]): Named[] {
  return records.map((record) => ({ id: record.id, names: [record.acronym, record.name, ...(record.alsoKnownAs ?? [])] }));
}
