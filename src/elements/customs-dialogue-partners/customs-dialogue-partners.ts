import { html, nothing } from 'lit';
import { partners as bundledPartners } from '../../data/partners.js';
import type { Partner } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { listStyles } from '../../core/list-styles.js';
import { strings } from './customs-dialogue-partners.strings.js';

/**
 * ASEAN Customs' dialogue partners (Australia, China, Japan, Korea), the administration ASEAN
 * consults in each and what the cooperation covers; then the consultations with the private
 * sector (the Joint Business Councils).
 *
 * @tagname customs-dialogue-partners
 * @summary ASEAN Customs' dialogue partners and private-sector consultations.
 * @csspart heading - The element's heading.
 * @csspart subheading - Each partner's name and the private-sector heading.
 * @csspart partner - One partner.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsDialoguePartners extends CustomsElement<Partner[]> {
  static override styles = listStyles;
  static override strings = strings;
  
  override readonly dataSource = new DataController(this, 'partners', bundledPartners);

  protected override renderContent(): unknown {
    const t = this.localize.strings(strings);
    const sub = this.level + 1;
    const partner = (record: Partner, level: number) => {
      this.sources.cite(record.sources);
      return html`<section part="partner" class="group">
        ${heading(level, record.name, 'subheading')}
        ${record.counterpart !== record.name ? html`<p>${record.counterpart}</p>` : nothing}
        <ul class="items">
          ${record.cooperation.map((item) => html`<li>${item}</li>`)}
        </ul>
      </section>`;
    };
    const privateSector = this.data.filter((record) => record.kind === 'private-sector');
    return html`${heading(this.level, t.dialoguePartners)}
      ${this.data.filter((record) => record.kind === 'dialogue-partner').map((record) => partner(record, sub))}
      ${privateSector.length
        ? html`<section class="group">
            ${heading(sub, t.privateSector, 'subheading')} ${privateSector.map((record) => partner(record, sub + 1))}
          </section>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-dialogue-partners': CustomsDialoguePartners;
  }
}
