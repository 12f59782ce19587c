import { css } from 'lit';

export const forumListStyles = css`
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--_space);
  }
  customs-forum-card {
    height: 100%;
    /* The cards follow the list's scheme, which a page may have forced, not the reader's preference. */
    color-scheme: inherit;
  }
`;
