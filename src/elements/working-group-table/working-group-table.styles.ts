import { css } from 'lit';

/**
 * A narrow table's rows: each a block under its name, its short facts labelled and side by side as
 * they fit, its description on a line of its own. Nested in the rule of the table it applies to.
 */
const stacked = css`
  & tbody tr {
    padding: 0.5em 0;
    border-bottom: 2px solid var(--_border);
  }
  & tbody :is(th, td) {
    flex: 0 1 auto;
    padding: 0.15em 0;
  }
  & tbody :is(.name, .description) {
    flex-basis: 100%;
  }
  & td:not(.empty)::before {
    content: attr(data-label) ': ';
    /* Shown, not read: a screen reader already names the cell by its column header. */
    content: attr(data-label) ': ' / '';
    font-weight: bold;
  }
  & .note {
    display: inline-block;
    vertical-align: top;
  }
  & thead tr {
    gap: 0.25em;
    border: 0;
  }
  & thead th {
    flex: none;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
  & button {
    padding-inline: 0.5em;
  }
  /* On paper the sort buttons do nothing, and every fact has its label. */
  @media print {
    & thead {
      display: none;
    }
  }
`;

export const workingGroupTableStyles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-bottom: 0.5em;
  }
  label {
    font-weight: bold;
  }
  input {
    flex: 1 1 12em;
    min-width: 0;
  }
  .count {
    font-size: 0.9em;
  }
  /* Rows are lines of cells, not a table's automatic layout. Each cell has a readable width to
     start from (flex-basis) and a share of the room left (flex-grow); cells that do not fit beside
     the others wrap onto a further line, the header row alike, so every row has the same shape and
     columns line up. The description comes last: where it does not fit beside the rest, it takes
     the line under them. No cell is measured against another, so a sort or filter of thousands of
     rows lays out fast and columns keep their widths as rows come and go. The roles in the markup
     keep it a table for every reader. */
  table,
  thead,
  tbody {
    display: block;
  }
  tr {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    border-bottom: 1px solid var(--_rule);
  }
  thead tr {
    border-bottom: 2px solid var(--_border);
  }
  /* Widths in em, not ch: a bold header's "0" is wider than its column's, and the header must
     wrap as the rows do. 13em holds 20 characters of the widest common faces (Verdana, DejaVu);
     8em an acronym, a year, and the header "Established" with its arrow. */
  th,
  td {
    flex: var(--_share, 8) 1 var(--_width, 8em);
    min-width: 0;
    padding: 0.4em 0;
    text-align: start;
    hyphens: auto;
  }
  .name,
  .meetings,
  .reports-to,
  .chair {
    --_share: 15;
    --_width: 13em;
  }
  /* Names are bold, and bold is wider. */
  .name {
    --_width: 14em;
  }
  .description {
    --_share: 30;
    --_width: 18em;
    order: 1;
  }
  thead th {
    padding: 0;
  }
  button {
    display: flex;
    gap: 0.35em;
    align-items: baseline;
    width: 100%;
    padding: 0.4em 0;
    border: 0;
    background: none;
    font-weight: bold;
    text-align: start;
    cursor: pointer;
  }
  button:not([aria-disabled]):hover {
    text-decoration: underline;
  }
  /* Until the element is live, only the column it is sorted by keeps its arrow. */
  th:not([aria-sort]) button[aria-disabled] .arrow {
    visibility: hidden;
  }
  .arrow {
    font-size: 0.8em;
  }
  /* On paper only the column the table is sorted by keeps its arrow. */
  @media print {
    th:not([aria-sort]) .arrow {
      display: none;
    }
  }
  .empty {
    font-style: italic;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Too narrow for the cells in two or three lines: each row becomes a block of labelled facts,
     and the sort buttons wrap above. Fewer columns fit in less room: below 30em no table (two
     13em cells side by side, and the panel's padding), below 36em no table of four or five
     columns, below 46em not the full table, whose cells beside the description need two lines
     of 46em. */
  @container (width < 30em) {
    table {
      ${stacked}
    }
  }
  @container (width < 36em) {
    table:has(th:nth-child(4)) {
      ${stacked}
    }
  }
  @container (width < 46em) {
    table:has(th:nth-child(6)) {
      ${stacked}
    }
  }
`;
