import { expect, fixture, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import { part } from '../helpers.js';

describe('theming and isolation', () => {
  let style: HTMLStyleElement;

  beforeEach(() => {
    // A host page with blunt global rules, as some CMS themes have.
    style = document.createElement('style');
    style.textContent = `
      * { font-family: 'Courier New', monospace; }
      body { color: rgb(10, 60, 20); }
      h2 { color: red; text-transform: uppercase; }
      table, td, th { border: 5px dotted red; }
      button { font-family: fantasy; }`;
    document.head.append(style);
  });

  afterEach(() => style.remove());

  it('follows the page’s font and colour, even where the page sets them with *', async () => {
    const el = await fixture(html`<working-group-table searchable></working-group-table>`);
    for (const selector of ['h2', 'td', 'thead button', 'input']) {
      const node = part(el, selector);
      expect(getComputedStyle(node).fontFamily, selector).to.equal('"Courier New", monospace');
    }
    expect(getComputedStyle(part(el, 'td')).color).to.equal('rgb(10, 60, 20)');
  });

  it('keeps the page’s element rules out of its shadow root', async () => {
    const el = await fixture(html`<customs-forum-card forum="wco"></customs-forum-card>`);
    const h2 = part(el, 'h2');
    expect(getComputedStyle(h2).textTransform).to.equal('none');
    expect(getComputedStyle(h2).color).to.equal('rgb(10, 60, 20)');
  });

  it('takes --customs-* custom properties and ::part rules from the page', async () => {
    style.textContent += `
      customs-forum-card { --customs-accent: rgb(122, 31, 92); --customs-radius: 0px; }
      customs-forum-card::part(heading) { letter-spacing: 3px; }`;
    const el = await fixture(html`<customs-forum-card forum="wco"></customs-forum-card>`);
    expect(getComputedStyle(part(el, 'a')).color).to.equal('rgb(122, 31, 92)');
    expect(getComputedStyle(part(el, '[part=base]')).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(part(el, 'h2')).letterSpacing).to.equal('3px');
  });

  it('does not change the page around it: adds no style to the document', async () => {
    const before = document.createElement('p');
    before.textContent = 'Page text';
    document.body.append(before);
    const fontBefore = getComputedStyle(before).fontFamily;
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    await fixture(html`<customs-forum-card forum="asem"></customs-forum-card>`);
    expect(getComputedStyle(before).fontFamily).to.equal(fontBefore);
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    before.remove();
  });
});
