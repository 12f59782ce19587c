import { html, nothing, type PropertyDeclarations } from 'lit';
import { forumNames } from '../../data/forum-names.js';
import { orgNames } from '../../core/names.js';
import { milestones as bundledMilestones } from '../../data/milestones.js';
import type { Milestone } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { formatDateRange } from './date-range.js';
import { timelineStyles } from './customs-timeline.styles.js';
import { strings } from './customs-timeline.strings.js';

const YEAR = /^\d{4}$/;

/**
 * Dated milestones of customs cooperation, each with the precision its source gives (a year, a
 * month or a day) in a `<time datetime>`.
 *
 * @tagname customs-timeline
 * @summary Dated milestones, filterable by organisation and years.
 * @csspart heading - The timeline's heading.
 * @csspart list - The ordered list of milestones.
 * @csspart milestone - One milestone.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsTimeline extends CustomsElement<Milestone[]> {
  static override styles = timelineStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { org: {}, from: {}, to: {}, order: {} };

  /** Only milestones of these organisations (comma list: `wco`, `apec`, `asean`, `asem`, `singapore`); default: all. */
  org = '';

  /** First year to show (e.g. `2000`). */
  from = '';

  /** Last year to show. */
  to = '';

  /** `asc` (oldest first, the default) or `desc`. */
  order = '';

  override readonly dataSource = new DataController(this, 'milestones', bundledMilestones);

  protected override renderContent(): unknown {
    const t = this.localize.strings(strings);
    const orgs = [...new Set(this.data.flatMap((milestone) => milestone.orgs))];
    const picked = this.notices.resolveList('org', this.org, orgNames(orgs, forumNames));
    const from = this.#year('from', this.from) ?? '0000';
    const to = this.#year('to', this.to) ?? '9999';
    const order = this.order.trim().toLowerCase();
    if (order && order !== 'asc' && order !== 'desc') this.notices.reportUnknown('order', [this.order], ['asc', 'desc']);
    const shown = this.data
      .filter((milestone) => !picked?.ids.length || milestone.orgs.some((org) => picked.ids.includes(org)))
      // A milestone spanning years is shown when any of its years is in range.
      .filter((milestone) => milestone.date.slice(0, 4) <= to && (milestone.endDate ?? milestone.date).slice(0, 4) >= from)
      .sort((a, b) => (order === 'desc' ? -1 : 1) * a.date.localeCompare(b.date));
    for (const milestone of shown) this.sources.cite(milestone.sources);
    return html`${heading(this.level, t.milestones)}
      <p class="count">${t.milestoneCount(shown.length)}</p>
      ${shown.length
        ? html`<ol part="list" class="timeline">
            ${shown.map(
              (milestone) => html`<li part="milestone">
                <time datetime=${milestone.date}>${formatDateRange(milestone.date, milestone.endDate, this.localize.lang)}</time>
                <span class="title">${milestone.title}</span>
                ${milestone.place ? html`<span class="place">${milestone.place}</span>` : nothing}
                ${milestone.description ? html`<span class="description secondary">${milestone.description}</span>` : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p class="empty">${t.noMilestones}</p>`}`;
  }

  #year(attribute: string, value: string): string | undefined {
    const year = value.trim();
    if (!year) return undefined;
    if (YEAR.test(year)) return year;
    this.notices.reportUnknown(attribute, [value], ['YYYY']);
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-timeline': CustomsTimeline;
  }
}
