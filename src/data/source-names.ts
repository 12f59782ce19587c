/** What the source line says of each source: title, publisher, link and date (taken from `data/sources.json` by the build: `scripts/data-names.mjs`). */
import sources from '#data-names/sources';
import type { Source, SourceRef } from './schema.js';

/** A source as the source line names it. */
export type CitedSource = Pick<Source, 'id' | 'title' | 'publisher' | 'url' | 'asOf'>;

export const sourceById = new Map((sources as CitedSource[]).map((source) => [source.id, source]));

/** The date a cited fact holds for: the reference's own, else its source's. */
export function asOfDate(ref: SourceRef): string | undefined {
  return ref.asOf ?? sourceById.get(ref.source)?.asOf;
}
