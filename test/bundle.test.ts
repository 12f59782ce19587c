/**
 * The drop-in bundle, loaded the way an agency loads it: `dist/customs-widgets.js` alone defines
 * the elements and renders their facts, with no other file and no network.
 */
import { expect } from '@open-wc/testing';
import { part, textOf, watch } from './helpers.js';

const bundle = new URL('../dist/customs-widgets.js', import.meta.url).href;

async function place(markup: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  await Promise.all([...host.querySelectorAll('*')].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  return host;
}

describe('dist/customs-widgets.js', () => {
  let requests: string[] = [];

  before(async () => {
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => requests.push(entry.name)));
    observer.observe({ type: 'resource', buffered: false });
    await import(bundle);
    requests = [];
  });

  it('defines the three elements', () => {
    for (const tag of ['customs-forum-card', 'compliance-links', 'working-group-table']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('renders every forum from the bundle alone, with no network request', async () => {
    const host = await place(['wco', 'apec', 'asean', 'asem'].map((id) => `<customs-forum-card forum="${id}"></customs-forum-card>`).join(''));
    const [wco, apec, asean, asem] = [...host.children];
    expect(textOf(wco)).to.contain('1952').and.to.contain('Singapore became a member of the WCO in 1975.');
    expect(textOf(apec)).to.contain('1989').and.to.contain('SCCP');
    expect(textOf(asean)).to.contain('8 August 1967');
    expect(textOf(asem)).to.contain('1996').and.to.contain('AWC');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).to.deep.equal([]);
    host.remove();
  });

  it('renders the table and every country from the bundle', async () => {
    const host = await place('<working-group-table></working-group-table><compliance-links></compliance-links>');
    const [table, links] = [...host.children];
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(8);
    expect(textOf(table)).to.contain('Chair (2020)');
    expect(links.shadowRoot!.querySelectorAll('[part=country]')).to.have.length(10);
    expect(part(links, 'a[href="https://www.customs.go.th/index.php?lang=en&"]')).to.exist;
    host.remove();
  });

  it('can be loaded a second time without throwing', async () => {
    const { errors } = await watch(async () => {
      await import(`${bundle}?again`);
    });
    expect(errors).to.deep.equal([]);
  });
});
