import { html, nothing } from 'lit';
import type { SourceRef } from '../data/schema.js';
import { asOfDate, sourceById, type CitedSource } from '../data/source-names.js';
import { formatDates } from './format.js';
import { link } from './links.js';
import { sharedStrings } from './strings.js';

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

  render(lang: string): unknown {
    const t = sharedStrings.strings(lang);
    if (!this.#dates.size) return nothing;
    // Two editions of one page read the same to a reader: one entry, with the dates of both.
    const byPage = new Map<string, { source?: CitedSource; title: string; dates: string[] }>();
    for (const [id, dates] of this.#dates) {
      const source = sourceById.get(id);
      const key = source ? source.title + source.publisher : id;
      const entry = byPage.get(key) ?? { source, title: source?.title ?? id, dates: [] };
      entry.dates.push(...dates);
      byPage.set(key, entry);
    }
    const entries = [...byPage.values()].map(({ source, title, dates }) => {
      const date = dates.length ? t.asOf(formatDates(dates, lang)) : '';
      return source ? html`<span>${link(source.url, title)} — ${source.publisher}${date ? `, ${date}` : ''}</span>` : html`<span>${title}</span>`;
    });
    return html`<p part="source" class="source">
      ${entries.length > 1 ? t.sources : t.source}: ${entries.map((entry, i) => html`${i ? '; ' : ''}${entry}`)}
    </p>`;
  }
}
