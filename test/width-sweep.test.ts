/**
 * Every element, in a container from 280 to 1,400 px wide (40 px steps): nothing of it sticks out
 * of its own box, nothing scrolls sideways, and no reading column is squeezed under about 20
 * characters a line. One page, the container resized: the layouts are chosen by container
 * queries, so a resize is all it takes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/customs-widgets.js';
import { PLACED, boxOf, describe as named, narrowColumns, overflowX, stickingOut, textSpillingOver } from './placement.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const WIDTHS: number[] = [];
for (let width = 280; width <= 1400; width += 40) WIDTHS.push(width);

describe('every element in a container from 280 to 1,400 px', () => {
  it('keeps within its box and every text within its own, never scrolls sideways, and leaves every reading column 20 characters or more', async function () {
    this.timeout(120_000);
    const container = await fixture<HTMLElement>(html`<div style="font: 16px/1.5 system-ui, sans-serif">${unsafeHTML(PLACED)}</div>`);
    const elements = [...container.children] as Updating[];
    for (const element of elements) await element.updateComplete;
    const failures: string[] = [];
    for (const width of WIDTHS) {
      container.style.width = `${width}px`;
      for (const element of elements) {
        const where = `${width} px: ${named(element)}`;
        const out = stickingOut(element, boxOf(element));
        if (out.length) failures.push(`${where} sticks out: ${out.slice(0, 3).join('; ')}${out.length > 3 ? ` and ${out.length - 3} more` : ''}`);
        const spilling = textSpillingOver(element);
        if (spilling.length) failures.push(`${where} has text over its neighbours: ${spilling.slice(0, 3).join('; ')}`);
        const scroll = overflowX(element);
        if (scroll > 1) failures.push(`${where} scrolls sideways by ${scroll} px`);
        const narrow = narrowColumns(element);
        if (narrow.length) failures.push(`${where} squeezes: ${narrow.slice(0, 3).join('; ')}${narrow.length > 3 ? ` and ${narrow.length - 3} more` : ''}`);
      }
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
