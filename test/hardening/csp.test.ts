import { expect } from '@open-wc/testing';

type CspWindow = Window & { cspViolations: string[]; trustedTypesEnforced: boolean };

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element from the bundle with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.src = new URL('./csp-page.html', import.meta.url).href;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('customs-document-list');
    // Only our elements: the test server adds a script tag of its own to served pages.
    const elements = [...doc.body.children].filter((el) => el.localName.includes('-')) as (HTMLElement & { updateComplete: Promise<unknown> })[];
    expect(elements).to.have.length(12);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(win.trustedTypesEnforced, 'the policy is in force').to.be.true;
    expect(win.cspViolations).to.deep.equal([]);
    for (const el of elements) expect(el.shadowRoot?.textContent?.trim(), el.localName).not.to.be.empty;
    // Styles applied under style-src 'self' (constructed style sheets, no inline styles).
    const table = doc.querySelector('working-group-table')!.shadowRoot!.querySelector('table')!;
    // The browser's own table display is `table`; the element's stylesheet lays rows out as blocks.
    expect(win.getComputedStyle(table).display).to.equal('block');
    expect(elements.at(-1)!.shadowRoot!.querySelector('[part=notice]') !== null, 'the notice').to.be.true;
    frame.remove();
  });
});
