/**
 * The whole catalog from the drop-in bundle, as an agency page would hold it: every data record
 * has a home, a hostile host stylesheet neither leaks in nor is disturbed, a 327 px column holds
 * every element, axe finds nothing in light or dark at desktop and phone widths, and every
 * control is reached by Tab and shows a focus ring.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sources from '../data/sources.json';
import forums from '../data/forums.json';
import bodies from '../data/bodies.json';
import compliance from '../data/compliance.json';
import milestones from '../data/milestones.json';
import roles from '../data/roles.json';
import systems from '../data/systems.json';
import partners from '../data/partners.json';
import activities from '../data/activities.json';
import documents from '../data/documents.json';
import factFiles from '../data/fact-files.json';
import { catalogMarkup, missingTexts } from './catalog-page.mjs';

const bundle = new URL('../dist/customs-widgets.js', import.meta.url).href;

const CATALOG = catalogMarkup({ bodies, roles });

const HOSTILE = `
  html { font-size: 10px; }
  * { font-family: 'Courier New', monospace; }
  body { color: rgb(20, 40, 60); }
  h1, h2, h3, h4, h5, h6 { color: red; font-size: 40px; text-transform: uppercase; margin: 3em 0; }
  p { margin: 4em; text-indent: 5em; }
  ul { list-style: square; padding: 0 0 0 8em; }
  table { width: 900px; border: 4px solid red; }
  a { color: lime; }
  .column { width: 327px; margin: 0 auto; }`;

let host: HTMLElement;
let style: HTMLStyleElement;

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element of a tree, through shadow roots. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

/** Text of a tree, through shadow roots, whitespace collapsed. */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node.nodeType === Node.ELEMENT_NODE) text += ' ';
    const shadow = (node as Element).shadowRoot;
    (shadow ? [...shadow.childNodes] : [...node.childNodes]).forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function settle(root: ParentNode) {
  for (let round = 0; round < 3; round++) await Promise.all(deepElements(root).map((el) => (el as Updating).updateComplete));
}

before(async function () {
  // Loads the whole bundle and renders the whole catalog.
  this.timeout(120_000);
  await import(bundle);
  style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
  host = document.createElement('main');
  host.innerHTML = `<p id="page-text">Agency text</p><div class="column">${CATALOG}</div>`;
  document.body.append(host);
  await settle(host);
});

after(() => {
  host.remove();
  style.remove();
});

describe('the catalog from dist/customs-widgets.js', () => {
  it('gives every text of every record in data/ a home in some element', () => {
    const files = { sources, forums, bodies, compliance, milestones, roles, systems, partners, activities, documents, 'fact-files': factFiles };
    const missing = missingTexts(files, deepText(host));
    expect(missing).to.deep.equal([]);
  });

  it('links every URL in data/', () => {
    const hrefs = new Set(deepElements(host).flatMap((el) => (el.localName === 'a' ? [el.getAttribute('href')] : [])));
    const urls = JSON.stringify({ forums, compliance, systems, documents, factFiles }).match(/"url":"[^"]+"/g)!.map((match) => match.slice(7, -1));
    expect(urls.filter((url) => !hrefs.has(url))).to.deep.equal([]);
  });

  it('follows the page’s font, ignores its element rules and does not change the page', () => {
    const pageText = document.getElementById('page-text')!;
    expect(getComputedStyle(pageText).textIndent).to.equal('50px');
    for (const heading of deepElements(host).filter((el) => /^h[1-6]$/.test(el.localName) && el.getRootNode() !== document)) {
      const computed = getComputedStyle(heading);
      expect(computed.fontFamily).to.equal('"Courier New", monospace');
      expect(computed.textTransform).to.equal('none');
      expect(computed.color).not.to.equal('rgb(255, 0, 0)');
    }
  });

  it('keeps every element and everything in it inside a 327 px column', () => {
    const column = host.querySelector('.column')!.getBoundingClientRect();
    const outside = deepElements(host.querySelector('.column')!)
      .filter((el) => !el.closest('.visually-hidden') && !(el.getRootNode() as ShadowRoot).host?.matches?.('.visually-hidden'))
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 1 && (rect.right > column.right + 0.5 || rect.left < column.left - 0.5);
      })
      .map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> in <${(el.getRootNode() as ShadowRoot).host?.localName}>`);
    expect(outside).to.deep.equal([]);
  });

  for (const width of [1280, 375]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe for every element at ${width} px in ${colorScheme} mode`, async function () {
        // axe over every element of the catalog: seconds when the machine is idle, far more when busy.
        this.timeout(120_000);
        await setViewport({ width, height: 900 });
        await emulateMedia({ colorScheme });
        await settle(host);
        for (const el of host.querySelector('.column')!.children) await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'light' });
        await setViewport({ width: 1280, height: 900 });
      });
    }
  }

  it('reaches every control with Tab, each showing a focus ring', async function () {
    // One round trip to the browser for each of the catalog's controls.
    this.timeout(120_000);
    const controls = deepElements(host).filter((el) => el.matches('a[href], button, input, select, summary'));
    const start = document.createElement('button');
    start.textContent = 'start';
    host.prepend(start);
    start.focus();
    const reached = new Set<Element>();
    const ringless: string[] = [];
    for (let i = 0; i < controls.length + 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || active === document.body || !controls.includes(active)) continue;
      reached.add(active);
      if (getComputedStyle(active).outlineStyle === 'none') ringless.push(`${active.localName}: ${active.textContent?.trim().slice(0, 30)}`);
    }
    start.remove();
    expect(ringless).to.deep.equal([]);
    expect(controls.filter((control) => !reached.has(control)).map((control) => control.outerHTML.slice(0, 80))).to.deep.equal([]);
  });
});
