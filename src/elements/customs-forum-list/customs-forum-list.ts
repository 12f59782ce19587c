import { html, type PropertyDeclarations } from 'lit';
import { forumSources, forums as bundledForums } from '../../data/forums.js';
import { recordNames } from '../../core/names.js';
import type { Forum } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { forumListStyles } from './customs-forum-list.styles.js';
import { strings } from './customs-forum-list.strings.js';

/**
 * Every international forum as a card (the "International Fora" section), under one heading and
 * one source line.
 *
 * @tagname customs-forum-list
 * @summary All international customs forums as cards.
 * @csspart heading - The list's heading.
 * @csspart list - The grid of cards.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsForumList extends CustomsElement<Forum[]> {
  static override styles = forumListStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { forums: {} };

  /** Which forums, in this order, as a comma list of ids (`asean, wco`); default: all. */
  forums = '';

  override readonly dataSource = new DataController(this, 'forums', bundledForums);

  protected override renderContent(): unknown {
    const resolved = this.notices.resolveList('forums', this.forums, recordNames(this.data));
    const shown = resolved?.ids.length ? resolved.ids.map((id) => this.data.find((forum) => forum.id === id)!) : this.data;
    for (const forum of shown) this.sources.cite(forumSources(forum));
    return html`${heading(this.level, this.localize.strings(strings).fora)}
      <ul part="list" class="cards">
        ${shown.map(
          (forum) => html`<li>
            <customs-forum-card
              .data=${this.data}
              forum=${forum.id}
              heading-level=${Math.min(6, this.level + 1)}
              lang=${this.localize.lang}
              ?compact=${this.compact}
              hide-source
            ></customs-forum-card>
          </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-forum-list': CustomsForumList;
  }
}
