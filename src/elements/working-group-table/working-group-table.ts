import { html, nothing, type PropertyDeclarations } from 'lit';
import { bodies as bundledBodies } from '../../data/bodies.js';
import { memberStates } from '../../data/member-states.js';
import { fold, recordNames } from '../../core/names.js';
import type { Body } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';
import { heading } from '../../core/heading.js';
import { formatList, formatPartialDate } from '../../core/format.js';
import { workingGroupTableStyles } from './working-group-table.styles.js';
import { strings } from './working-group-table.strings.js';

const bundledById = new Map(bundledBodies.map((body) => [body.id, body]));

/** Column ids, in their default order. */
const COLUMNS = ['name', 'acronym', 'established', 'description', 'meetings', 'reports-to', 'chair'] as const;
type Column = (typeof COLUMNS)[number];

/** A body as shown: the display text of every column, computed once per language and data. */
interface Row {
  body: Body;
  text: Record<Column, string>;
  /** Its texts as the filter searches them, made on the first filter. */
  search?: string;
}

/**
 * What a column sorts by: a number where the column holds one, else its text (compared in the
 * reader's language); empty sorts last. Dates are written YYYY[-MM[-DD]], so they sort as numbers
 * once their hyphens go: 1995 before 1995-06 before 2010.
 */
function sortKey({ body, text }: Row, column: Column): string | number | undefined {
  if (column === 'meetings') return body.meetings?.perYear;
  if (column === 'established') return body.established && Number(body.established.replace(/-/g, '').padEnd(8, '0'));
  return text[column] || undefined;
}

/**
 * The ASEAN Customs sectoral bodies as a table: name, acronym, when established, what each does,
 * meetings per year, whom it reports to, and its chair with the year the chair data is for.
 * Headers sort (as buttons, with `aria-sort`); `searchable` adds a filter box. On narrow
 * containers every row becomes a stacked block, so the page never scrolls sideways.
 *
 * @tagname working-group-table
 * @summary ASEAN Customs sectoral bodies, sortable and filterable.
 * @csspart base - The element's panel.
 * @csspart heading - The table's title (also its caption).
 * @csspart search - The filter text box (with `searchable`).
 * @csspart table - The table.
 * @csspart sort-button - A column header's sort button.
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 */
export class WorkingGroupTable extends CustomsElement<Body[]> {
  static override styles = workingGroupTableStyles;
  static override strings = strings;
  static override properties: PropertyDeclarations = { bodies: {}, columns: {}, sort: { reflect: true }, filter: { reflect: true }, searchable: { type: Boolean, reflect: true } };

  /** Which bodies, by id or acronym, in this order (default: every sectoral body). */
  bodies = '';

  /** Which columns, in this order: `name`, `acronym`, `established`, `description`, `meetings`, `reports-to`, `chair` (default: all). */
  columns = '';

  /** The column to sort by; `-column` sorts descending. Empty keeps the data's order. */
  sort = '';

  /** Shows only the bodies whose text contains this (case- and accent-insensitive). */
  filter = '';

  /** Adds a text box that sets `filter`. */
  searchable = false;

  override readonly dataSource = new DataController(this, 'bodies', bundledBodies);

  #rows = new WeakMap<Body, Row>();
  /** What the cached rows were computed for: a row's text depends on the language and on the other bodies. */
  #rowsFor?: { lang: string; data: Body[] };

  protected override renderContent(): unknown {
    const t = this.localize.strings(strings);
    const data = this.data;
    const resolved = this.notices.resolveList('bodies', this.bodies, recordNames(data));
    const byId = new Map(data.map((body) => [body.id, body]));
    const chosen = resolved?.ids.length ? resolved.ids.map((id) => byId.get(id)!) : data.filter((body) => body.kind === 'sectoral');

    const pickedColumns = this.notices.resolveList('columns', this.columns, COLUMNS.map((id) => ({ id, names: [t.columns[id]] })));
    const columns = (pickedColumns?.ids.length ? pickedColumns.ids : COLUMNS) as readonly Column[];

    const sort = this.#parseSort();
    // A sort or filter reuses each body's row; only new data or another language rebuilds them.
    const lang = this.localize.lang;
    if (this.#rowsFor?.lang !== lang || this.#rowsFor.data !== data) {
      this.#rows = new WeakMap();
      this.#rowsFor = { lang, data };
    }
    const rows = chosen.map((body) => {
      let row = this.#rows.get(body);
      if (!row) this.#rows.set(body, (row = this.#row(body, byId)));
      return row;
    });
    // Case- and accent-insensitive, anywhere in any text of a row; a row's texts are folded once.
    const wanted = fold(this.filter.trim());
    const matching = wanted ? rows.filter((row) => (row.search ??= fold(Object.values(row.text).join('\n'))).includes(wanted)) : rows;
    const visible = sort ? this.#sortRows(matching, sort.column, sort.descending) : matching;

    const years = new Set(chosen.flatMap((body) => (body.chair ? [body.chair.year] : [])));
    const chairYear = years.size === 1 ? [...years][0] : undefined;
    for (const body of chosen) {
      this.sources.cite(body.sources);
      this.sources.cite(body.chair?.sources);
    }

    const labels = t.columns;
    return html`<div part="base" class="panel">
      ${heading(this.level, t.sectoralBodies)}
      ${this.searchable
        ? html`<div class="search">
            <label for="search">${t.filterBodies}</label>
            <input id="search" part="search" type="search" .value=${this.filter} ?readonly=${!this.hydration.live} aria-disabled=${this.hydration.live ? nothing : 'true'} @input=${this.#onSearch} />
          </div>`
        : nothing}
      <p class="count" role="status">${t.bodiesShown(visible.length, rows.length)}</p>
      <table part="table" role="table">
        <caption class="visually-hidden">
          ${t.sectoralBodies}
        </caption>
        <thead>
          <tr role="row">
            ${columns.map((column) => {
              const label = column === 'chair' && chairYear ? t.chairFor(formatPartialDate(chairYear, lang)) : t.columns[column];
              const active = sort?.column === column;
              const direction = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
              return html`<th scope="col" role="columnheader" class=${column} aria-sort=${direction ?? nothing}>
                <button part="sort-button" type="button" data-column=${column} aria-disabled=${this.hydration.live ? nothing : 'true'} @click=${this.#onSort}>
                  ${label}<span class="arrow" aria-hidden="true">${active ? (sort.descending ? '▼' : '▲') : '↕'}</span>
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${visible.length
            ? visible.map((row) => {
                const c = (column: Column) => this.#cell(row, column, chairYear);
                // The default columns in one template: a long table renders a third faster than
                // with a template per cell.
                return columns === COLUMNS
                  ? html`<tr role="row">
                      <th scope="row" role="rowheader" class="name">${row.text.name}</th>
                      <td role="cell" class="acronym" data-label=${labels.acronym}>${c('acronym')}</td>
                      <td role="cell" class="established" data-label=${labels.established}>${c('established')}</td>
                      <td role="cell" class="description" data-label=${labels.description}>${c('description')}</td>
                      <td role="cell" class="meetings" data-label=${labels.meetings}>${c('meetings')}</td>
                      <td role="cell" class="reports-to" data-label=${labels['reports-to']}>${c('reports-to')}</td>
                      <td role="cell" class="chair" data-label=${labels.chair}>${c('chair')}</td>
                    </tr>`
                  : html`<tr role="row">
                      ${columns.map((column) =>
                        column === 'name'
                          ? html`<th scope="row" role="rowheader" class="name">${row.text.name}</th>`
                          : html`<td role="cell" class=${column} data-label=${labels[column]}>${c(column)}</td>`,
                      )}
                    </tr>`;
              })
            : html`<tr role="row">
                <td role="cell" class="empty" colspan=${columns.length}>${t.noMatch(this.filter)}</td>
              </tr>`}
        </tbody>
      </table>
    </div>`;
  }

  #cell(row: Row, column: Column, chairYear: string | undefined): unknown {
    const { body } = row;
    if (column === 'established' && body.establishedNote && !this.compact) {
      // The note is a footnote: one click away, so a row is as tall as its description. Which notes
      // are open is kept by body, since a sort or filter puts another body's row in this place.
      return html`<details class="note" ?open=${this.#openNotes.has(body.id)} @toggle=${(event: Event) => {
        this.#openNotes[(event.target as HTMLDetailsElement).open ? 'add' : 'delete'](body.id);
        this.requestUpdate();
      }}>
        <summary>${row.text.established}</summary><span class="secondary">${body.establishedNote}</span>
      </details>`;
    }
    if (column === 'chair' && body.chair && !chairYear) {
      return `${row.text.chair} (${formatPartialDate(body.chair.year, this.localize.lang)})`;
    }
    return row.text[column];
  }

  #row(body: Body, byId: ReadonlyMap<string, Body>): Row {
    const lang = this.localize.lang;
    // Parents are looked up in the data shown, then in the bundled bodies (for AFMM and the like).
    const parent = body.reportsTo ? (byId.get(body.reportsTo) ?? bundledById.get(body.reportsTo)) : undefined;
    const reportsTo = parent ? (parent.acronym ? `${parent.name} (${parent.acronym})` : parent.name) : (body.reportsTo ?? '');
    const chairCountries = body.chair?.countries.map((code) => memberStates.find((country) => country.code === code)?.name ?? code) ?? [];
    const chair = body.chair ? (body.chair.text ?? formatList(chairCountries, lang)) : '';
    const meetings = body.meetings ? (body.meetings.text ?? String(body.meetings.perYear ?? '')) : '';
    return {
      body,
      text: {
        name: body.name,
        acronym: body.acronym ?? '',
        established: body.established ? formatPartialDate(body.established, lang) : '',
        description: body.description ?? '',
        meetings,
        'reports-to': reportsTo,
        chair,
      },
    };
  }

  /** The rows in the order of a column; rows without a value go last in either direction. */
  #sortRows(rows: Row[], column: Column, descending: boolean): Row[] {
    // Built only for text: the first Intl object a page makes loads locale data, a long task on a phone.
    let collator: Intl.Collator | undefined;
    const sign = descending ? -1 : 1;
    // Each row's key once, not once per comparison.
    const keyed = rows.map((row) => ({ row, key: sortKey(row, column) }));
    keyed.sort(({ key: x }, { key: y }) => {
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : (collator ??= new Intl.Collator(this.localize.lang, { numeric: true, sensitivity: 'base' })).compare(String(x), String(y));
      return sign * order;
    });
    return keyed.map(({ row }) => row);
  }

  /** The sort of the last render: a `sort` that names no column leaves the rows in it. */
  #validSort?: { column: Column; descending: boolean };

  #parseSort(): { column: Column; descending: boolean } | undefined {
    const value = this.sort.trim();
    if (!value) return (this.#validSort = undefined);
    const descending = value.startsWith('-');
    const column = value.replace(/^[-+]/, '').trim().toLowerCase().replace(/[\s_]+/g, '-') as Column;
    if (COLUMNS.includes(column)) return (this.#validSort = { column, descending });
    this.notices.reportUnknown('sort', [value], [...COLUMNS, ...COLUMNS.map((id) => `-${id}`)]);
    return this.#validSort;
  }

  #onSort(event: Event): void {
    const column = (event.currentTarget as HTMLElement).dataset.column as Column;
    const current = this.#validSort;
    this.sort = current?.column === column && !current.descending ? `-${column}` : column;
  }

  /** The bodies whose establishment note a reader opened. */
  #openNotes = new Set<string>();

  #onSearch(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'working-group-table': WorkingGroupTable;
  }
}
