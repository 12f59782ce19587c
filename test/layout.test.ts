/**
 * How the elements sit in a page: apart from their neighbours, on the page's own surface in dark
 * mode, forum cards in even rows of equal height, table rows no taller than their description.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/customs-widgets.js';
import { part, parts } from './helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function settled(root: Element): Promise<void> {
  for (const el of [root, ...root.querySelectorAll('*')]) await (el as Updating).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** WCAG contrast ratio of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('layout in a host page', () => {
  it('keeps two elements in a row apart, as paragraphs are', async () => {
    const host = await fixture(html`<div style="font-size: 16px">
      <customs-fact-file org="wco"></customs-fact-file>
      <customs-forum-card forum="asean"></customs-forum-card>
    </div>`);
    await settled(host);
    const [first, second] = [...host.children];
    const gap = second.getBoundingClientRect().top - first.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(0.75 * 16);
  });

  it('still renders inside a paragraph', async () => {
    const p = await fixture(html`<p>Our forum: <customs-forum-card forum="wco" compact hide-source></customs-forum-card></p>`);
    await settled(p);
    const card = p.querySelector('customs-forum-card')!;
    expect(card.parentElement).to.equal(p);
    expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('paints no slab of its own in dark mode: the page shows through, text and links stay readable', async () => {
    const page = await fixture(html`<div style="color-scheme: dark; background: rgb(16, 18, 20); color: rgb(232, 234, 237); padding: 1em">
      <customs-forum-card forum="wco"></customs-forum-card>
      <working-group-table searchable></working-group-table>
    </div>`);
    await settled(page);
    for (const el of page.children) {
      expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(part(el, '[part=base]')).backgroundColor, el.localName).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(part(el, '[part=heading]')).color, el.localName).to.equal('rgb(232, 234, 237)');
      for (const link of parts(el, 'a')) expect(contrast(getComputedStyle(link).color, 'rgb(16, 18, 20)'), el.localName).to.be.at.least(4.5);
      const border = getComputedStyle(part(el, '[part=base]')).borderTopColor;
      expect(contrast(border, 'rgb(16, 18, 20)'), `${el.localName} border`).to.be.at.least(3);
    }
  });

  for (const width of [1280, 800, 375]) {
    it(`puts the four forum cards in rows of equal count and equal height (${width} px page)`, async () => {
      const list = await fixture(html`<customs-forum-list style=${`width: ${width - 32}px`}></customs-forum-list>`);
      await settled(list);
      const cards = parts(list, 'customs-forum-card');
      expect(cards).to.have.length(4);
      const rows = new Map<number, HTMLElement[]>();
      for (const card of cards) {
        const top = Math.round(card.getBoundingClientRect().top);
        rows.set(top, [...(rows.get(top) ?? []), card]);
      }
      const counts = [...rows.values()].map((row) => row.length);
      expect(new Set(counts).size, `rows of ${counts.join(' + ')}`).to.equal(1);
      for (const row of rows.values()) {
        const heights = row.map((card) => Math.round(part(card, '[part=base]').getBoundingClientRect().height));
        expect(Math.max(...heights) - Math.min(...heights), `panel heights ${heights.join(', ')}`).to.be.at.most(1);
      }
    });
  }

  it('keeps a table row as tall as its text needs, not its establishment note (1280 px page)', async () => {
    const table = await fixture(html`<working-group-table style="width: 1248px"></working-group-table>`);
    await settled(table);
    const rows = parts(table, 'tbody tr');
    expect(rows.length).to.be.greaterThan(5);
    /** The height a cell's text needs, with the cell's padding. */
    const needs = (cell: HTMLElement) => {
      const text = document.createRange();
      text.selectNodeContents(cell);
      const style = getComputedStyle(cell);
      return text.getBoundingClientRect().height + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    };
    const heights: [string, number, number][] = [];
    for (const row of rows) {
      // A row may lay its cells out in more than one line (the description under the rest): each
      // line is as tall as its tallest text, and the row as its lines.
      const lines = new Map<number, number>();
      for (const cell of row.children as HTMLCollectionOf<HTMLElement>) {
        const top = Math.round(cell.getBoundingClientRect().top);
        lines.set(top, Math.max(lines.get(top) ?? 0, cell.classList.contains('established') ? 0 : needs(cell)));
      }
      const needed = [...lines.values()].reduce((sum, height) => sum + height, 0);
      const name = row.querySelector('th')!.textContent!.trim();
      heights.push([name, row.getBoundingClientRect().height, needed]);
    }
    expect(heights.filter(([, height, needed]) => height > 1.5 * needed)).to.deep.equal([]);
    // The notes are one click away, and an open note stays with its body when the rows move.
    const note = part<HTMLDetailsElement>(table, 'details.note');
    const body = note.closest('tr')!.querySelector('th')!.textContent!.trim();
    note.querySelector('summary')!.click();
    expect(note.open).to.equal(true);
    expect(note.textContent).to.match(/\w{4,}/);
    await new Promise((resolve) => setTimeout(resolve));
    (table as HTMLElement & { sort: string }).sort = '-established';
    await (table as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const open = parts<HTMLDetailsElement>(table, 'details.note').filter((details) => details.open);
    expect(open.map((details) => details.closest('tr')!.querySelector('th')!.textContent!.trim())).to.deep.equal([body]);
  });
});
