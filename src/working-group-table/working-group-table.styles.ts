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
  /* A long table takes its column widths from the header, not from every cell: sorting or
     filtering thousands of rows then lays it out in half the time, and columns keep their widths
     as rows come and go. Shares of the width; fewer columns share it out alike. A short table
     sizes its columns to their content. */
  .long {
    table-layout: fixed;
  }
  .long .name {
    width: 17%;
  }
  .long .acronym {
    width: 9%;
  }
  .long .meetings {
    width: 12%;
  }
  .long .established {
    width: 15%;
  }
  .long .description {
    width: 25%;
  }
  .long .reports-to,
  .long .chair {
    width: 11%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_rule);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  thead th {
    border-bottom: 2px solid var(--_border);
    padding: 0;
  }
  tbody th {
    font-weight: bold;
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
  button:hover {
    text-decoration: underline;
  }
  .arrow {
    font-size: 0.8em;
  }
  .note {
    display: block;
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
