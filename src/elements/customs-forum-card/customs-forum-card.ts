import { html, nothing, type PropertyDeclarations } from 'lit';
import { forumSources, forums as bundledForums } from '../../data/forums.js';
import { recordNames } from '../../core/names.js';
import type { Forum } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { heading } from '../../core/heading.js';
import { DataController } from '../../core/data-controller.js';
import { formatPartialDate } from '../../core/format.js';
import { link } from '../../core/links.js';
import { forumCardStyles } from './customs-forum-card.styles.js';
import { strings } from './customs-forum-card.strings.js';

/**
 * One international customs forum: its full name and acronym, when it was established,
 * Singapore's membership or participation, what it is, the instruments adopted, and its official
 * website.
 *
 * @tagname customs-forum-card
 * @summary An international customs forum (WCO, APEC, ASEAN, ASEM) as a card.
 * @csspart base - The card's panel.
 * @csspart heading - The forum’s name.
 * @csspart subheading - The headings of the participation and instruments sections.
 * @csspart details - The description list of established date and website.
 * @csspart link - Links to external sites.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsForumCard extends CustomsElement<Forum[]> {
  static override styles = forumCardStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { forum: {} };

  /** Which forum: `wco`, `apec`, `asean` or `asem` (acronyms and full names are accepted too). */
  forum = '';

  override readonly dataSource = new DataController(this, 'forums', bundledForums);

  /** The last forum shown, kept on screen when the attribute changes to something unknown. */
  #shown?: Forum;

  protected override renderContent(): unknown {
    const id = this.notices.resolveOne('forum', this.forum, recordNames(this.data));
    const forum = this.data.find((candidate) => candidate.id === id);
    if (forum) this.#shown = forum;
    const shown = this.#shown;
    return shown ? this.#renderForum(shown) : nothing;
  }

  #renderForum(forum: Forum): unknown {
    const t = this.localize.strings(strings);
    const lang = this.localize.lang;
    const sub = this.level + 1;
    this.sources.cite(forumSources(forum));
    // The space before the acronym is in the text next to it: a space alone after a Lit marker is
    // left out of the heading's accessible name on prerendered pages ("Organization(WCO)").
    return html`<article part="base" class="panel">
      ${heading(this.level, html`${forum.name}<span class="acronym"> (${forum.acronym})</span>`)}
      <p>${forum.description}</p>
      <dl part="details">
        <div>
          <dt>${t.established}</dt>
          <dd>
            ${formatPartialDate(forum.established, lang)}
            ${forum.establishedNote ? html`<span class="secondary">— ${forum.establishedNote}</span>` : nothing}
          </dd>
        </div>
        ${forum.url
          ? html`<div>
              <dt>${t.website}</dt>
              <dd>${link(forum.url, forum.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))}</dd>
            </div>`
          : nothing}
        ${forum.alsoKnownAs?.length
          ? html`<div class="secondary">
              <dt>${t.alsoKnownAs}</dt>
              <dd>${forum.alsoKnownAs.join('; ')}</dd>
            </div>`
          : nothing}
      </dl>
      ${forum.participation.length
        ? html`<section>
            ${heading(sub, t.participation, 'subheading')}
            ${forum.participation.map((statement) => html`<p>${statement.text}</p>`)}
          </section>`
        : nothing}
      ${forum.instruments
        ? html`<section>
            ${heading(sub, t.instruments, 'subheading')}
            <p>${forum.instruments.text}</p>
            ${forum.instruments.items?.length
              ? html`<ul>
                  ${forum.instruments.items.map((item) => html`<li>${item}</li>`)}
                </ul>`
              : nothing}
          </section>`
        : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-forum-card': CustomsForumCard;
  }
}
