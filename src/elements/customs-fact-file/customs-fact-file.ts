import { html, nothing, type PropertyDeclarations } from 'lit';
import { factFiles as bundledFactFiles } from '../../data/fact-files.js';
import { forumNames } from '../../data/forum-names.js';
import { orgNames } from '../../core/names.js';
import { asOfDate } from '../../data/source-names.js';
import type { FactFile } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { sharedStrings } from '../../core/strings.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { formatPartialDate } from '../../core/format.js';
import { link } from '../../core/links.js';
import { factFileStyles } from './customs-fact-file.styles.js';

/**
 * An organisation's fact file (for the WCO: established, headquarters, members, governing body,
 * officers, International Customs Day, official languages, contact) as a description list,
 * visibly dated: its figures hold as of the fact sheet's date, not today.
 *
 * @tagname customs-fact-file
 * @summary An organisation's dated fact file.
 * @csspart base - The element's panel.
 * @csspart heading - The fact file's title.
 * @csspart as-of - The "as of" date beside the title.
 * @csspart facts - The description list.
 * @csspart link - Links to external sites, email and telephone.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsFactFile extends CustomsElement<FactFile[]> {
  static override styles = factFileStyles;
  static override properties: PropertyDeclarations = { org: {} };

  /** Whose fact file (default and only bundled one: `wco`). */
  org = '';

  override readonly dataSource = new DataController(this, 'fact-files', bundledFactFiles);

  protected override renderContent(): unknown {
    const resolved = this.notices.resolveList('org', this.org, orgNames(this.data.map((file) => file.org), forumNames));
    const file = resolved ? this.data.find((candidate) => candidate.org === resolved.ids[0]) : this.data[0];
    if (!file) return nothing;
    this.sources.cite(file.sources);
    const asOf = file.sources.map(asOfDate).find(Boolean);
    return html`<section part="base" class="panel">
      ${heading(this.level, file.title)}
      ${asOf ? html`<p part="as-of" class="as-of">${this.localize.strings(sharedStrings).asOf(formatPartialDate(asOf, this.localize.lang))}</p>` : nothing}
      <dl part="facts">
        ${file.entries.map(
          (entry) => html`<div>
            <dt>${entry.label}</dt>
            <dd>
              ${link(entry.url, entry.value)}
              ${entry.note ? html`<span class="note secondary">${entry.note}</span>` : nothing}
            </dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-fact-file': CustomsFactFile;
  }
}
