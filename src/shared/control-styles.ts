import { css } from 'lit';

/** Form controls (the table's filter box and sort buttons, the country select), for the elements that have them. */
export const controlStyles = css`
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--customs-surface, light-dark(#fff, #17191c));
  }
  @media print {
    input,
    select {
      display: none;
    }
  }
`;
