import { css } from 'lit';

/** Grouped lists with headings: activities, partners, documents, contributions. */
export const listStyles = css`
  .group {
    border-top: 1px solid var(--_rule);
    padding-top: 0.75em;
    margin-top: 0.75em;
  }
  .items {
    padding-inline-start: 1.25em;
  }
  .items li + li {
    margin-top: 0.35em;
  }
  .systems {
    list-style: none;
    padding: 0;
  }
  .systems .secondary {
    display: block;
  }
  .count {
    font-size: 0.9em;
  }
`;
