import { css } from 'lit';

export const forumCardStyles = css`
  .acronym {
    font-weight: normal;
  }
  dl {
    display: grid;
    gap: 0.25em;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  dt {
    font-weight: bold;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  section {
    margin-top: 0.75em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
`;
