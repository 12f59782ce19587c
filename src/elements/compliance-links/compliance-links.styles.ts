import { css } from 'lit';

export const complianceLinksStyles = css`
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-bottom: 1em;
  }
  label {
    font-weight: bold;
  }
  select {
    max-width: 100%;
  }
  .count {
    font-weight: normal;
    font-size: 0.9em;
  }
  .country,
  .regional {
    border-top: 1px solid var(--_rule);
    padding-top: 0.75em;
    margin-top: 0.75em;
  }
  .portals {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .name {
    font-weight: bold;
  }
  .description {
    display: block;
  }
  .no-link {
    font-size: 0.9em;
    margin-inline-start: 0.25em;
  }
  details {
    margin-bottom: 0.75em;
  }
  :host([compact]) .description {
    display: none;
  }
`;
