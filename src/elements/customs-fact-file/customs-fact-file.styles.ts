import { css } from 'lit';

export const factFileStyles = css`
  .as-of {
    display: inline-block;
    font-weight: bold;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.1em 0.5em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.4em 1em;
  }
  dl div {
    display: contents;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  .note {
    display: block;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: 0.5em;
    }
  }
`;
