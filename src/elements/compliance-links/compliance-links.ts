import { html, nothing, type PropertyDeclarations } from 'lit';
import { compliance as bundledCompliance } from '../../data/compliance.js';
import { countryNames } from '../../core/names.js';
import type { Compliance, Country, Portal } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { sharedStrings } from '../../core/strings.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { link } from '../../core/links.js';
import { complianceLinksStyles } from './compliance-links.styles.js';
import { strings } from './compliance-links.strings.js';

/**
 * The Informed Compliance publications of ASEAN Member States: for each country its portals with a
 * short description and, where one is published, a link; beneath, the regional help portals
 * (ASSIST, ASEAN Trade Repository). Showing several countries adds a country filter.
 *
 * @tagname compliance-links
 * @summary Informed Compliance portals of ASEAN Member States.
 * @csspart base - The element's panel.
 * @csspart heading - The element's top heading.
 * @csspart subheading - Country and regional-portal headings.
 * @csspart filter - The country filter (a labelled select).
 * @csspart country - One country's group.
 * @csspart portal - One portal in a list.
 * @csspart regional - The regional help portals.
 * @csspart link - Links to external sites.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class ComplianceLinks extends CustomsElement<Compliance> {
  static override styles = complianceLinksStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { country: {} };

  /** One country (`SG`, `sgp`, `Singapore`), a comma list, or empty for all ten, grouped. */
  country = '';

  override readonly dataSource = new DataController(this, 'compliance', bundledCompliance);

  /** The country chosen in the filter; empty for all. */
  #selected = '';

  /** The countries last shown, kept on screen when the attribute changes to nothing usable. */
  #shown: Country[] = [];

  protected override renderContent(): unknown {
    const { countries, regional, about } = this.data;
    const resolved = this.notices.resolveList('country', this.country, countryNames(countries, this.localize.strings(sharedStrings).countries));
    let listed = resolved ? resolved.ids.map((code) => countries.find((country) => country.code === code)!) : countries;
    if (listed.length) this.#shown = listed;
    else listed = this.#shown;

    const selected = listed.find((country) => country.code === this.#selected);
    const visible = selected ? [selected] : listed;
    const t = this.localize.strings(strings);
    const sub = this.level + 1;
    for (const statement of about ?? []) this.sources.cite(statement.sources);
    return html`<div part="base" class="panel">
      ${heading(this.level, t.compliancePublications)}
      ${about?.length
        ? html`<p>${about[0].text}</p>
            ${about.length > 1
              ? html`<details class="secondary">
                  <summary>${t.aboutCompliance}</summary>
                  ${about.slice(1).map((statement) => html`<p>${statement.text}</p>`)}
                </details>`
              : nothing}`
        : nothing}
      ${listed.length > 1
        ? html`<div class="filter">
            <label for="filter">${t.country}</label>
            <select id="filter" part="filter" aria-disabled=${this.hydration.live ? nothing : 'true'} @change=${this.#onFilter}>
              <option value="" ?selected=${!selected}>${t.allCountries}</option>
              ${listed.map(
                (country) => html`<option value=${country.code} ?selected=${country === selected}>${country.name}</option>`,
              )}
            </select>
            <span role="status" class="count">${t.countriesShown(visible.length, listed.length)}</span>
          </div>`
        : nothing}
      ${visible.map(
        (country) => html`<section part="country" class="country">
          ${heading(sub, html`${country.name}<span class="count"> (${t.portalCount(country.portals.length)})</span>`, 'subheading')}
          ${this.#renderPortals(country.portals)}
        </section>`,
      )}
      ${regional.length
        ? html`<section part="regional" class="regional">
            ${heading(sub, t.regionalPortals, 'subheading')} ${this.#renderPortals(regional)}
          </section>`
        : nothing}
    </div>`;
  }

  #renderPortals(portals: readonly Portal[]): unknown {
    return html`<ul class="portals">
      ${portals.map((portal) => {
        this.sources.cite(portal.sources);
        return html`<li part="portal">
          <span class="name">${link(portal.url, portal.name)}</span>
          ${portal.url ? nothing : html`<span class="no-link">(${this.localize.strings(strings).noLink})</span>`}
          <span class="description">${portal.description}</span>
        </li>`;
      })}
    </ul>`;
  }

  #onFilter(event: Event): void {
    this.#selected = (event.target as HTMLSelectElement).value;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compliance-links': ComplianceLinks;
  }
}
