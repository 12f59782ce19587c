import { MONTH_FIRST, dayOf, formatPartialDate, parts, pieces } from '../../core/format.js';

// Only the timeline shows spans of dates; every element downloads core/format.ts, so the spans
// are written here, from its pieces (measured: 150 B gzip less for every other element).

/** A span of days, the shared month or year said once: "11–13 June 2019", "June 11–13, 2019". */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  if (!end || end === start) return formatPartialDate(start, lang);
  const from = parts(start);
  const to = parts(end);
  if (from[2] && to[2] && from[0] === to[0]) {
    const last = pieces(lang, to);
    if (from[1] === to[1]) {
      // The start's day goes before the end's, which is the first piece, or the second after a month.
      const at = MONTH_FIRST.test(lang) ? 1 : 0;
      last[at] = `${dayOf(lang, from[2])}–${last[at]}`;
      return last.join(' ');
    }
    return `${pieces(lang, from, false).join(' ')} – ${last.join(' ')}`;
  }
  return `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}`;
}
