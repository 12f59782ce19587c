/**
 * The demo page `npm start` serves shows every element, and exactly one mistake: the one its last
 * section makes on purpose.
 */
import { expect, waitUntil } from '@open-wc/testing';
import registry from '../src/elements/registry.json';

/** Every element of ours in a document, nested ones included. */
function ours(root: Document | ShadowRoot): Element[] {
  const tags = new Set(registry.map(({ tag }) => tag));
  return [...root.querySelectorAll('*')].flatMap((el) => [...(tags.has(el.localName) ? [el] : []), ...(el.shadowRoot ? ours(el.shadowRoot) : [])]);
}

describe('the demo page', () => {
  it('shows every element, and one notice: the intended mistake', async () => {
    const frame = document.body.appendChild(document.createElement('iframe'));
    frame.style.width = '1280px';
    frame.style.height = '800px';
    frame.src = new URL('../demo/index.html', import.meta.url).href;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentDocument!;
    await waitUntil(() => ours(page).length > 0 && ours(page).every((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0), 'the elements did not render', { timeout: 5000 });
    // French strings and the notices module arrive a little later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tags = new Set(ours(page).map((el) => el.localName));
    expect([...tags].sort()).to.deep.equal(registry.map(({ tag }) => tag).sort());
    const notices = ours(page).filter((el) => el.shadowRoot!.querySelector('[part=notice]'));
    expect(notices.map((el) => el.closest('section')?.id)).to.deep.equal(['mistake']);
    frame.remove();
  });
});
