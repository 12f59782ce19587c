import { dateFormat, formatPartialDate } from '../shared/localize.js';

/** A date range such as 20–21 January 1995, at the precision of its ends. */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  if (!end) return formatPartialDate(start, lang);
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  if (sd && ed) {
    try {
      return dateFormat(lang, true).formatRange(Date.UTC(sy, sm - 1, sd), Date.UTC(ey, em - 1, ed));
    } catch {
      // fall through to the plain form
    }
  }
  return `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}`;
}
