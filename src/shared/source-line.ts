import { html, nothing } from 'lit';
import type { SourceRef } from '../data/schema.js';
import { asOfDate, sourceById } from '../data/sources.js';
import { formatList, formatPartialDate } from './format.js';
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
  /** Each source document cited, with every date its shown facts hold for. */
  #dates = new Map<string, Set<string>>();

  reset(): void {
    this.#dates = new Map();
  }

  cite(refs: readonly SourceRef[] = []): void {
    for (const ref of refs) {
      const set = this.#dates.get(ref.source) ?? new Set<string>();
      const asOf = asOfDate(ref);
      if (asOf) set.add(asOf);
      this.#dates.set(ref.source, set);
    }
  }

  render(t: SharedStrings, lang: string): unknown {
    if (!this.#dates.size) return nothing;
    const entries = [...this.#dates].map(([id, set]) => {
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
