/**
 * Dates and lists in the reader's language. Dates keep the precision the source gives them
 * ("1967", "August 1967", "8 August 1967") and are written day first, except in US English
 * (`en-US`: "August 8, 1967"). Month names and the word that ends a list come from the shared
 * catalog, so a page can add a language with `registerTranslation()`.
 *
 * Written here rather than with `Intl.DateTimeFormat` and `Intl.ListFormat`: the first `Intl`
 * formatter a page builds loads the browser's locale data, which blocks a phone for over 100 ms,
 * and `Intl` writes English dates month first.
 */
import { sharedStrings } from './strings.js';

export const MONTH_FIRST = /^en-(\w+-)?us\b/i;

export type Parts = [year: number, month?: number, day?: number];

export const parts = (date: string) => date.split('-').map(Number) as Parts;

/** A day of the month as the language writes it ("1er" in French). */
export const dayOf = (lang: string, day: number) => sharedStrings.strings(lang).day(day);

/** The pieces of a date in reading order, for a language; a missing day or month is left out. */
export function pieces(lang: string, [year, month, day]: Parts, withYear = true): string[] {
  const name = month ? sharedStrings.strings(lang).months[month - 1] : '';
  const shown = day ? dayOf(lang, day) : '';
  const order = MONTH_FIRST.test(lang) ? [name, shown && withYear ? `${shown},` : shown] : [shown, name];
  return [...order, withYear ? String(year) : ''].filter(Boolean);
}

/** One date, to the precision given: never a month or day the source did not give. */
export function formatPartialDate(date: string, lang: string): string {
  return pieces(lang, parts(date)).join(' ');
}

/** Several dates a statement holds for, newest first, each once: "2020 and 2019". */
export function formatDates(dates: Iterable<string>, lang: string): string {
  return formatList([...new Set(dates)].sort().reverse().map((date) => formatPartialDate(date, lang)), lang);
}

/** A list joined the way the language joins lists: "a, b and c". */
export function formatList(items: readonly string[], lang: string): string {
  const last = items.at(-1) ?? '';
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${sharedStrings.strings(lang).and} ${last}` : last;
}
