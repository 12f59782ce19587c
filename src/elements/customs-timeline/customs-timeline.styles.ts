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
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4em;
    top: 0.45em;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    background: var(--_accent);
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
