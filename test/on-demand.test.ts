/**
 * What a page may never need is fetched only when it does: the drop-in renders every element from
 * its bundled data without requesting the adopter-data validator or another language; French
 * strings arrive when an element turns French; the validator when adopter data is given, and it
 * still rejects a file of the wrong shape.
 */
import { expect, waitUntil } from '@open-wc/testing';
import registry from '../src/elements/registry.json';
import { textOf } from './helpers.js';

const bundle = new URL('../dist/customs-widgets.js', import.meta.url).href;
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!.split('?')[0]);

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('loaded on demand (dist/customs-widgets.js)', () => {
  let host: HTMLElement;

  before(async () => {
    await import(bundle);
    host = document.body.appendChild(document.createElement('div'));
    for (const { tag, example } of registry) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(example)) el.setAttribute(name, value);
      host.append(el);
    }
    await Promise.all([...host.children].map((el) => (el as Updating).updateComplete));
  });
  after(() => host.remove());

  it('every element renders from bundled data; neither the validator nor French is fetched', async () => {
    for (const el of host.children) expect(textOf(el), el.localName).to.match(/Sources?:/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched().filter((file) => /adopter-data|validate|(^|\.)fr-/.test(file))).to.deep.equal([]);
  });

  it('French strings are fetched when an element turns French', async () => {
    const timeline = host.querySelector<Updating>('customs-timeline')!;
    timeline.lang = 'fr';
    await waitUntil(() => textOf(timeline).includes('Jalons'), 'the timeline did not turn French');
    // The drop-in keeps every element's French in one chunk.
    expect(fetched().some((file) => file.startsWith('fr-'))).to.be.true;
    expect(fetched().filter((file) => /adopter-data/.test(file))).to.deep.equal([]);
  });

  it('the validator is fetched for adopter data, and still rejects a file of the wrong shape', async () => {
    const card = host.querySelector<Updating>('customs-forum-card')!;
    card.setAttribute('src', new URL('./fixtures/wrong-shape.json.txt', import.meta.url).href);
    await waitUntil(() => textOf(card).includes('could not be used'), 'no notice about the file');
    expect(textOf(card)).to.contain('the file must be a list').and.to.contain('World Customs Organization (WCO)');
    expect(fetched().some((file) => file.startsWith('adopter-data-'))).to.be.true;
  });
});
