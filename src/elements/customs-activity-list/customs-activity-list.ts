import { html, nothing, type PropertyDeclarations } from 'lit';
import { activities as bundledActivities } from '../../data/activities.js';
import { forumNames } from '../../data/forum-names.js';
import { orgNames } from '../../core/names.js';
import type { ActivitySet } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { listStyles } from '../../core/list-styles.js';
import { strings } from './customs-activity-list.strings.js';

/**
 * What an organisation works on: the WCO's key activities by theme (`org="wco"`), or ASEAN
 * Customs' priority areas 2016–2025 and its Strategic Plans of Customs Development 2026–2030
 * (`org="asean"`).
 *
 * @tagname customs-activity-list
 * @summary Key activities and priority areas by theme.
 * @csspart heading - The element's heading.
 * @csspart subheading - Headings of each set and theme.
 * @csspart set - One set of activities (e.g. the priority areas 2016–2025).
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsActivityList extends CustomsElement<ActivitySet[]> {
  static override styles = listStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { org: {} };

  /** Whose activities: `wco` or `asean` (comma list accepted); default: all. */
  org = '';

  override readonly dataSource = new DataController(this, 'activities', bundledActivities);

  protected override renderContent(): unknown {
    const orgs = [...new Set(this.data.map((set) => set.org))];
    const picked = this.notices.resolveList('org', this.org, orgNames(orgs, forumNames));
    const sets = this.data.filter((set) => !picked?.ids.length || picked.ids.includes(set.org));
    const sub = this.level + 1;
    return html`${heading(this.level, this.localize.strings(strings).activities)}
      ${sets.map((set) => {
        this.sources.cite(set.sources);
        return html`<section part="set" class="group">
          ${heading(sub, set.title, 'subheading')} ${set.intro ? html`<p>${set.intro}</p>` : nothing}
          ${set.themes.map(
            (theme) => html`${theme.title ? heading(sub + 1, theme.title, 'subheading') : nothing}
              <ul class="items">
                ${theme.items.map((item) => html`<li>${item}</li>`)}
              </ul>`,
          )}
        </section>`;
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-activity-list': CustomsActivityList;
  }
}
