import { fold } from '../shared/parse.js';

// A filter box matches case- and accent-insensitively, anywhere in any text of a row. A row's
// texts are folded once and kept; each keystroke then folds only what the reader typed.

/** Texts in the form they are searched: case and accents folded, one line each. */
export function searchable(texts: readonly string[]): string {
  return fold(texts.join('\n'));
}

/** What a reader typed, in the form to look for in `searchable` text; empty matches everything. */
export function needle(query: string): string {
  return fold(query.trim());
}
