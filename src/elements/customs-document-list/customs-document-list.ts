import { html, nothing, type PropertyDeclarations } from 'lit';
import { documents as bundledDocuments } from '../../data/documents.js';
import type { DocumentRecord } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { link } from '../../core/links.js';
import { listStyles } from '../../core/list-styles.js';
import { matchKey } from '../../core/names.js';
import { strings } from './customs-document-list.strings.js';

const CATEGORIES = ['key-documents', 'press', 'publications'] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * Key documents, press releases and statements, and publications, grouped by category; a title
 * listed twice in the source is shown once.
 *
 * @tagname customs-document-list
 * @summary Key documents, press releases and publications.
 * @csspart heading - The element's heading.
 * @csspart subheading - Each category's heading.
 * @csspart category - One category's list.
 * @csspart link - Links to documents, where the source gives one.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsDocumentList extends CustomsElement<DocumentRecord[]> {
  static override styles = listStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { category: {} };

  /** Which categories (comma list): `key-documents`, `press`, `publications`; default: all. */
  category = '';

  override readonly dataSource = new DataController(this, 'documents', bundledDocuments);

  protected override renderContent(): unknown {
    const t = this.localize.strings(strings);
    const names = CATEGORIES.map((id) => ({ id, names: [t.categories[id]] }));
    const picked = this.notices.resolveList('category', this.category, names);
    const categories = (picked?.ids.length ? picked.ids : CATEGORIES) as Category[];
    const sub = this.level + 1;
    const groups = categories.map((category) => {
      const seen = new Set<string>();
      const shown = this.data.filter((doc) => {
        const key = matchKey(doc.title);
        if (doc.category !== category || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { category, shown };
    });
    return html`${heading(this.level, t.documents)}
      ${groups.some(({ shown }) => shown.length) ? nothing : html`<p class="empty">${t.noDocuments}</p>`}
      ${groups.map(({ category, shown }) => {
        if (!shown.length) return nothing;
        return html`<section part="category" class="group">
          ${heading(sub, html`${t.categories[category]}<span class="count"> (${t.documentCount(shown.length)})</span>`, 'subheading')}
          <ul class="items">
            ${shown.map((doc) => {
              this.sources.cite(doc.sources);
              return html`<li>${link(doc.url, doc.title)}</li>`;
            })}
          </ul>
        </section>`;
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-document-list': CustomsDocumentList;
  }
}
