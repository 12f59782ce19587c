import { css } from 'lit';

export const orgChartStyles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul ul {
    margin-inline-start: 1em;
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--_rule);
  }
  li {
    padding-top: 0.5em;
  }
  .node {
    display: inline-flex;
    flex-direction: column;
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.75em;
  }
  .name {
    font-weight: bold;
  }
  .acronym {
    font-weight: normal;
  }
  /* Five levels deep, the indents would leave the lowest names a word a line on a phone: there each
     level steps in by its rule and a little more, so names keep 20 characters a line. */
  @container (width < 30em) {
    ul ul {
      margin-inline-start: 0;
      padding-inline-start: 0.4em;
    }
    .node {
      padding-inline: 0.4em;
    }
  }
`;
