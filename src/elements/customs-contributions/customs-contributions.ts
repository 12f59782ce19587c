import { html, nothing, type PropertyDeclarations } from 'lit';
import { bodyNames } from '../../data/body-names.js';
import { forumNames } from '../../data/forum-names.js';
import { memberStates } from '../../data/member-states.js';
import { countryNames } from '../../core/names.js';
import { roles as bundledRoles } from '../../data/roles.js';
import { asOfDate } from '../../data/source-names.js';
import { systems } from '../../data/systems.js';
import type { Role, SourceRef } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { sharedStrings } from '../../core/strings.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { formatDates, formatPartialDate } from '../../core/format.js';
import { link } from '../../core/links.js';
import { listStyles } from '../../core/list-styles.js';
import { strings } from './customs-contributions.strings.js';

type RoleKind = Role['role'];
const KINDS: RoleKind[] = ['chair', 'participant', 'member', 'developer'];

/** One sourced statement of a role, from the role records or a body's chairmanship. */
interface Statement {
  target: string;
  role: RoleKind;
  text?: string;
  since?: string;
  /** The year the statement is for, where its source dates it (a chair's year). */
  year?: string;
  sources: SourceRef[];
  superseded: boolean;
}

/**
 * A member administration's international roles: what it chairs, participates in, is a member of
 * or developed, each dated by its source; roles a newer source replaced stay visible as history
 * ("Chaired SWG-ACTS in 2020."). Related systems (ACTS, ASW, KBS) are linked.
 *
 * @tagname customs-contributions
 * @summary A member state's chairs and participations, dated.
 * @csspart heading - The element's heading.
 * @csspart subheading - The headings of each kind of role.
 * @csspart role - One body, forum or system and the country's role in it.
 * @csspart link - Links to related systems.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class CustomsContributions extends CustomsElement<Role[]> {
  static override styles = listStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { country: {} };

  /** The member state (`SG`, `SGP`, `Singapore`). */
  country = '';

  override readonly dataSource = new DataController(this, 'roles', bundledRoles);

  protected override renderContent(): unknown {
    const t = this.localize.strings(strings);
    const code = this.notices.resolveOne('country', this.country, countryNames(memberStates, this.localize.strings(sharedStrings).countries));
    const country = memberStates.find((candidate) => candidate.code === code);
    if (!country) return nothing;

    const statements: Statement[] = [
      ...this.data
        .filter((role) => role.country === country.code)
        .map((role) => ({ ...role, superseded: !!role.supersededBy })),
      ...bodyNames
        .filter((body) => body.chair?.countries.includes(country.code))
        .map((body) => ({
          target: body.id,
          role: 'chair' as const,
          text: body.chair!.countries.length > 1 ? body.chair!.text : undefined,
          year: body.chair!.year,
          sources: body.chair!.sources,
          superseded: false,
        })),
    ];
    // Each target once, under the role its newest statement gives it.
    const targets = new Map<string, Statement[]>();
    for (const statement of statements) targets.set(statement.target, [...(targets.get(statement.target) ?? []), statement]);
    const lead = (list: Statement[]) => list.find((statement) => !statement.superseded) ?? list[0];
    const sub = this.level + 1;

    return html`${heading(this.level, t.contributionsOf(country.name))}
      ${targets.size ? nothing : html`<p>${t.noRoles(country.name)}</p>`}
      ${KINDS.map((kind) => {
        const items = [...targets.values()].filter((list) => lead(list).role === kind);
        if (!items.length) return nothing;
        return html`<section class="group">
          ${heading(sub, t.roleGroups[kind], 'subheading')}
          <ul class="items">
            ${items.map((list) => this.#renderTarget(list, lead(list)))}
          </ul>
        </section>`;
      })}`;
  }

  #renderTarget(list: Statement[], lead: Statement): unknown {
    const t = this.localize.strings(strings);
    const same = list.filter((statement) => !statement.superseded && statement.role === lead.role);
    const earlier = list.filter((statement) => !same.includes(statement));
    const target =
      bodyNames.find((body) => body.id === lead.target) ??
      forumNames.find((forum) => forum.id === lead.target) ??
      systems.find((system) => system.id === lead.target);
    const related = systems.filter((system) => system.body === lead.target || system.id === lead.target);
    for (const statement of list) this.sources.cite(statement.sources);
    for (const system of related) this.sources.cite(system.sources);
    return html`<li part="role">
      <strong>${target ? `${target.name}${target.acronym ? ` (${target.acronym})` : ''}` : lead.target}</strong>
      ${this.#dated(same).replace(/^(?=.)/, '— ')}
      ${same.map((statement) => statement.text).filter(Boolean).map((text) => html`<p class="secondary">${text}</p>`)}
      ${earlier.length
        ? html`<p>${this.#formerly(earlier, target?.acronym ?? target?.name ?? lead.target)}</p>
            ${earlier.map((statement) => (statement.text ? html`<p class="secondary">“${statement.text}”</p>` : nothing))}`
        : nothing}
      ${related.length
        ? html`<p>${t.relatedSystems}:</p>
            <ul class="systems">
              ${related.map(
                (system) => html`<li>
                  ${link(system.url, `${system.name} (${system.acronym})`)}
                  <span class="secondary">${system.description}</span>
                </li>`,
              )}
            </ul>`
        : nothing}
    </li>`;
  }

  /** When the statements hold, as a reader would say it: "since 1975; as of 2020" (undated pages add nothing). */
  #dated(statements: Statement[]): string {
    const labels = new Set<string>();
    for (const statement of statements) {
      if (statement.since) labels.add(this.localize.strings(strings).since(formatPartialDate(statement.since, this.localize.lang)));
      const when = this.#when([statement]);
      if (when) labels.add(this.localize.strings(sharedStrings).asOf(when));
    }
    return [...labels].join('; ');
  }

  /** The dates statements hold for, newest first, each once: a statement's own year, else its sources'. */
  #when(statements: Statement[]): string {
    const dates = statements.flatMap((statement) => (statement.year ? [statement.year] : statement.sources.map(asOfDate))).filter((date) => date !== undefined);
    return formatDates(dates, this.localize.lang);
  }

  /** Roles a newer statement replaced, as history, each with its own dates: "Chaired SWG-ACTS in 2020." */
  #formerly(statements: Statement[], what: string): string {
    const t = this.localize.strings(strings);
    const roles = new Set(statements.map((statement) => statement.role));
    return [...roles].map((role) => t.formerly(t.formerRoles[role], what, this.#when(statements.filter((statement) => statement.role === role)))).join(' ');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customs-contributions': CustomsContributions;
  }
}
