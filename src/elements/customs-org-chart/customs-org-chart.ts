import { html, nothing, type PropertyDeclarations } from 'lit';
import { bodies as bundledBodies } from '../../data/bodies.js';
import { recordNames } from '../../core/names.js';
import type { Body } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { formatPartialDate } from '../../core/format.js';
import { orgChartStyles } from './customs-org-chart.styles.js';
import { strings } from './customs-org-chart.strings.js';

/**
 * The reporting hierarchy of ASEAN Customs, from the ASEAN Finance Ministers Meeting down to the
 * sub-working groups, as nested lists: screen readers announce each level, and it reads top to
 * bottom on a phone.
 *
 * @tagname customs-org-chart
 * @summary The ASEAN Customs reporting hierarchy.
 * @csspart heading - The chart's heading.
 * @csspart tree - The outermost list.
 * @csspart node - One body's box.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsOrgChart extends CustomsElement<Body[]> {
  static override styles = orgChartStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { root: {}, depth: {} };

  /** The body at the top, by id or acronym (default: `afmm`). */
  root = '';

  /** How many levels to show, counting the root as 1 (default: all). */
  depth = '';

  override readonly dataSource = new DataController(this, 'bodies', bundledBodies);

  protected override renderContent(): unknown {
    const children = new Map<string, Body[]>();
    for (const body of this.data) {
      if (body.reportsTo) children.set(body.reportsTo, [...(children.get(body.reportsTo) ?? []), body]);
    }
    const resolved = this.notices.resolveList('root', this.root, recordNames(this.data));
    const top = this.data.find((body) => body.id === (resolved?.ids[0] ?? 'afmm')) ?? this.data.find((body) => !body.reportsTo);
    const depth = this.#depth();
    const t = this.localize.strings(strings);
    const branch = (body: Body, level: number, seen: Set<string>): unknown => {
      this.sources.cite(body.sources);
      const below = level < depth && !seen.has(body.id) ? (children.get(body.id) ?? []) : [];
      return html`<li>
        <div part="node" class="node">
          <span class="name">${body.name}${body.acronym ? html`<span class="acronym"> (${body.acronym})</span>` : nothing}</span>
          ${body.established
            ? html`<span class="established secondary">${t.established} ${formatPartialDate(body.established, this.localize.lang)}</span>`
            : nothing}
        </div>
        ${below.length ? html`<ul>${below.map((child) => branch(child, level + 1, new Set([...seen, body.id])))}</ul>` : nothing}
      </li>`;
    };
    return html`${heading(this.level, t.reportingStructure)}
      ${top ? html`<ul part="tree">${branch(top, 1, new Set())}</ul>` : nothing}`;
  }

  #depth(): number {
    const value = this.depth.trim();
    if (!value) return Infinity;
    const depth = Number(value);
    if (Number.isInteger(depth) && depth >= 1) return depth;
    this.notices.reportUnknown('depth', [value], ['1', '2', '3', '…']);
    return Infinity;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-org-chart': CustomsOrgChart;
  }
}
