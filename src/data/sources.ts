/** The bundled `data/sources.json`, typed (the test suite validates it against the schema). */
import json from '../../data/sources.json';
import type { Source, SourceRef } from './schema.js';

export const sources = json as Source[];

export const sourceById = new Map(sources.map((source) => [source.id, source]));

/** The date a cited fact holds for: the reference's own, else its source's. */
export function asOfDate(ref: SourceRef): string | undefined {
  return ref.asOf ?? sourceById.get(ref.source)?.asOf;
}
