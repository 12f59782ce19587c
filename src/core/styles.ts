import { css } from 'lit';

/**
 * Styles every element shares. Sizes are in `em`, not `rem`, so a host page's `html { font-size }`
 * does not shrink or swell the widgets; font family and colour come from the host.
 */
export const baseStyles = css`
  :host {
    /* Light or dark as the page is (its color-scheme); text and surface are the page's own, so an
       element never paints a slab of its own. A theme may set both. */
    --_accent: var(--customs-accent, #0b57a4);
    --_border: var(--customs-border, #6f7780);
    --_rule: color-mix(in srgb, var(--_border) 45%, transparent);
    --_radius: var(--customs-radius, 0.375em);
    --_space: var(--customs-spacing, 1em);
    display: block;
    /* Apart from what comes before and after, as a paragraph is. */
    margin-block: var(--customs-block-margin, 1em);
    container-type: inline-size;
    color: var(--customs-text);
    background: var(--customs-surface);
    overflow-wrap: break-word;
    line-height: 1.5;
  }
  /* Dark values where the browser has light-dark(); elsewhere the light ones, readable on a light page. */
  @supports (color: light-dark(red, red)) {
    :host {
      --_accent: var(--customs-accent, light-dark(#0b57a4, #8cc4ff));
      --_border: var(--customs-border, light-dark(#6f7780, #8a939c));
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.2em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  :focus-visible {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  :host([compact]) .panel {
    padding: calc(var(--_space) * 0.5);
  }
  :host([compact]) .secondary {
    display: none;
  }
  .secondary {
    font-size: 0.9em;
  }
  /* Form controls (the table's filter box and sort buttons, the country select). Until an element
     is live (prerendered and not yet hydrated, or script off) they are marked aria-disabled and look
     it, but still take focus: focusing one is what brings the element to life. */
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
    /* The system's pair of colours (or the theme's), not the page's text on the system's box: a
       page dark by its own CSS but light by its color-scheme (Bulma's dark theme) would give
       light text on a white box. */
    color: var(--customs-text, CanvasText);
    background: var(--customs-surface, Canvas);
  }
  [aria-disabled] {
    cursor: default;
  }
  input[aria-disabled],
  select[aria-disabled] {
    border-style: dashed;
  }
  /* With script off they never come to life: no tab stop that does nothing. A sort button keeps
     its label as the header's text (a box-less button takes no focus); a filter box or select
     goes, with its label. */
  @media (scripting: none) {
    [aria-disabled] {
      display: contents;
    }
    input,
    select,
    label {
      display: none;
    }
  }
  .source {
    font-size: 0.85em;
    margin: 0.75em 0 0;
  }
  @media print {
    :host {
      color: #000;
      background: none;
    }
    /* Paper cannot be clicked or typed into: the controls go, with their labels, and what a
       reader would disclose is printed. */
    input,
    select,
    label {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
    }
    summary {
      list-style: none;
    }
    /* Paper does not scroll either: an address too long for its line breaks anywhere, and is
       measured so where a grid sizes its tracks, rather than widen the page (which the browser
       would then shrink to fit, or cut at the paper's edge). */
    a {
      color: inherit;
      overflow-wrap: anywhere;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
