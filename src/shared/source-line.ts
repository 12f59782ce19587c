import { html, nothing } from 'lit';
import type { SourceRef } from '../data/schema.js';
import { asOfDate, sourceById } from '../data/sources.js';
import { formatList, formatPartialDate } from './localize.js';
import { link } from './links.js';
import type { SharedStrings } from './strings.js';

/**
 * When facts from a source hold: "as of June 2025 and 2020" for dated ones, else the edition of
 * an undated page ("current page"), else nothing.
 */
export function when(sourceId: string, dates: readonly string[], t: SharedStrings, lang: string): string {
  if (dates.length) return t.asOf(formatList([...dates].sort().reverse().map((date) => formatPartialDate(date, lang)), lang));
  const edition = sourceById.get(sourceId)?.edition;
  return edition === 'earlier' ? t.earlierPage : edition === 'current' ? t.currentPage : '';
}

/** The sources of what one render shows, and the "Source: … — publisher, as of …" line that names them. */
export class SourceLine {
  #cited: SourceRef[] = [];

  reset(): void {
    this.#cited = [];
  }

  cite(refs: readonly SourceRef[] | undefined): void {
    if (refs) this.#cited.push(...refs);
  }

  render(t: SharedStrings, lang: string): unknown {
    if (!this.#cited.length) return nothing;
    // One entry per source document, with every date its shown facts hold for.
    const dates = new Map<string, Set<string>>();
    for (const ref of this.#cited) {
      const asOf = asOfDate(ref);
      const set = dates.get(ref.source) ?? new Set<string>();
      if (asOf) set.add(asOf);
      dates.set(ref.source, set);
    }
    const entries = [...dates].map(([id, set]) => {
      const source = sourceById.get(id);
      if (!source) return html`<span>${id}</span>`;
      const date = when(id, [...set], t, lang);
      return html`<span>${link(source.url, source.title)} — ${source.publisher}${date ? `, ${date}` : ''}</span>`;
    });
    return html`<p part="source" class="source">
      ${entries.length > 1 ? t.sources : t.source}: ${entries.map((entry, i) => html`${i ? '; ' : ''}${entry}`)}
    </p>`;
  }
}
