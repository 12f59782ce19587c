import { css } from 'lit';

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
  table {
    width: 100%;
    border-collapse: collapse;
  }
  /* A chair named with its rotation, or the body a row reports to, must not stand a row taller
     than its description: WebKit's automatic table layout otherwise squeezes the reports-to
     column until "ASEAN Finance Ministers Meeting (AFMM)" takes a line per word. */
  .chair,
  .reports-to {
    min-width: 10em;
  }
  /* A long table (see LONG in the component) lays out row by row, each row a flex line whose
     cells take shares of the width by weight (the most to descriptions; fewer columns share it
     out alike). Unlike a table's automatic layout, no cell is measured against every other: a
     sort or filter of thousands of rows lays out in a third less time, and columns keep their
     widths as rows come and go. The roles in the markup keep it a table for every reader. */
  @container (width > 40em) {
    .long,
    .long > thead,
    .long > tbody {
      display: block;
    }
    .long tr {
      display: flex;
    }
    .long tr > * {
      flex: 10 1 0;
      min-width: 0;
      /* Padding is not shared out: every cell has the same, so columns line up row to row. */
      padding-inline: 0.5em;
    }
    .long thead button {
      padding-inline: 0;
    }
    .long .name {
      flex-grow: 16;
    }
    .long .acronym,
    .long .meetings {
      flex-grow: 9;
    }
    .long .established {
      flex-grow: 11;
    }
    .long .description {
      flex-grow: 30;
    }
    .long .reports-to {
      flex-grow: 15;
    }
    .long .empty {
      flex-grow: 1;
    }
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_rule);
    hyphens: auto;
  }
  thead th {
    border-bottom: 2px solid var(--_border);
    padding: 0;
  }
  button {
    display: flex;
    gap: 0.35em;
    align-items: baseline;
    width: 100%;
    padding: 0.4em 0.5em;
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
  /* Narrow containers: every row becomes a block of labelled lines; the sort buttons wrap above. */
  @container (max-width: 40em) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
    }
    thead th {
      border: 1px solid var(--_rule);
      border-radius: var(--_radius);
    }
    button {
      width: auto;
    }
    tbody tr {
      border-bottom: 2px solid var(--_border);
      padding: 0.5em 0;
    }
    tbody th,
    tbody td {
      border: 0;
      padding: 0.15em 0;
    }
    tbody td::before {
      content: attr(data-label) ': ';
      font-weight: bold;
    }
    td.empty::before {
      content: none;
    }
  }
`;
