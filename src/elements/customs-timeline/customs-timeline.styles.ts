import { css } from 'lit';

export const timelineStyles = css`
  .timeline {
    list-style: none;
    padding: 0;
    border-inline-start: 2px solid var(--_rule);
  }
  li {
    position: relative;
    display: flex;
    flex-direction: column;
    padding: 0 0 1em 1em;
  }
  /* Each milestone's dot is a round border, not a background: browsers leave backgrounds out of
     print unless asked, and forced colours paint them over in the page's own colour, while a
     border is kept and takes the text's colour. */
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4em;
    top: 0.45em;
    width: 0.7em;
    height: 0.7em;
    border: 0.35em solid var(--_accent);
    border-radius: 50%;
  }
  time {
    font-weight: bold;
  }
  .place {
    font-style: italic;
  }
  .count {
    font-size: 0.9em;
  }
`;
