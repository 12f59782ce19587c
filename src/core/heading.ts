import { html, type TemplateResult } from 'lit';

/**
 * An `<h1>`…`<h6>`: the widget's headings fit the host page's outline. `level` counts from the
 * element's own, which is a whole number from 1 to 6; sub-headings below h6 stay h6.
 */
export function heading(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
