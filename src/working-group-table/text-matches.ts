import { fold } from '../shared/parse.js';

/** Like `[...].includes` for text typed by a reader: case- and accent-insensitive substring match. */
export function textMatches(haystack: readonly (string | undefined)[], query: string): boolean {
  const needle = fold(query.trim());
  return !needle || haystack.some((text) => text !== undefined && fold(text).includes(needle));
}
