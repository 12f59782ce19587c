import { css } from 'lit';

/**
 * Cards in columns as many as fit the list's width (cards about 17em wide at least), but three or
 * four columns only when the cards fill every row: four cards are 2 × 2 or 4 × 1, never 3 + 1.
 * (An odd count above three still ends in a shorter row of two columns.) Cards in a row are as
 * tall as the tallest.
 */
export const forumListStyles = css`
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  @container (width >= 36em) {
    .cards:has(> :nth-child(2)) {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  @container (width >= 55em) {
    .cards:has(> :nth-child(3n):last-child) {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  @container (width >= 74em) {
    .cards:has(> :nth-child(4n):last-child) {
      grid-template-columns: repeat(4, 1fr);
    }
  }
  customs-forum-card {
    height: 100%;
    margin: 0;
    /* The cards follow the list's scheme, which a page may have forced. */
    color-scheme: inherit;
  }
  customs-forum-card::part(base) {
    height: 100%;
  }
`;
