/**
 * The base element's controllers, each on its own, on a bare Lit host: what each owns and offers.
 * (Their work inside the elements is in every element's specification.)
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';

import { LitElement, render } from 'lit';
import { HydrationController } from '../../src/core/hydration-controller.js';
import { LocalizeController } from '../../src/core/localize.js';
import { NoticeController } from '../../src/core/notice-controller.js';
import { SourceLine } from '../../src/core/source-line.js';
import { sharedStrings } from '../../src/core/strings.js';

class BareHost extends LitElement {
  readonly localize = new LocalizeController(this, [sharedStrings]);
  readonly notices = new NoticeController(this, this.localize, () => ['forum']);
  readonly hydration = new HydrationController(this);
}
customElements.define('bare-host', BareHost);

const candidates = [
  { id: 'wco', names: ['WCO', 'World Customs Organization'] },
  { id: 'apec', names: ['APEC'] },
];

/** What a NoticeController shows once its notices module has loaded. */
async function shown(notices: NoticeController): Promise<string> {
  const container = document.createElement('div');
  render(notices.render(container), container);
  await notices.waiting;
  render(notices.render(container), container);
  return container.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('controllers', () => {
  it('LocalizeController: the host’s language, else its ancestors’, else English', async () => {
    const wrapper = await fixture(fixtureHtml`<div lang="fr"><bare-host></bare-host></div>`);
    const host = wrapper.querySelector('bare-host') as BareHost;
    expect(host.localize.lang).to.equal('fr');
    host.lang = 'en-US';
    expect(host.localize.lang).to.equal('en-US');
    const alone = await fixture<BareHost>(fixtureHtml`<bare-host></bare-host>`);
    expect(alone.localize.lang).to.equal(document.documentElement.lang || 'en');
  });

  it('NoticeController: names resolved forgivingly, what matched nothing reported in the render', async () => {
    const host = await fixture<BareHost>(fixtureHtml`<bare-host></bare-host>`);
    const { notices } = host;
    // The host re-renders once the notices module has loaded, and then warns once: counted, not printed.
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      notices.begin();
      expect(notices.resolveList('forum', 'World Customs Organization, Atlantis', candidates)?.ids).to.deep.equal(['wco']);
      expect(await shown(notices)).to.contain('Unknown forum “Atlantis”');
      await host.updateComplete;
    } finally {
      console.warn = warn;
    }
    notices.begin();
    expect(notices.resolveList('forum', '', candidates)).to.be.undefined;
    expect(await shown(notices)).to.equal('');
    notices.begin();
    expect(notices.resolveOne('forum', ' ', candidates)).to.be.undefined;
    expect(await shown(notices)).to.contain('Set forum to one of: wco, apec');
  });

  it('SourceLine: each source once, with every date its facts hold for, newest first', () => {
    const sources = new SourceLine();
    sources.cite([{ source: 'asean-customs-overview', asOf: '2020' }]);
    sources.cite([{ source: 'asean-customs-overview', asOf: '2025-06' }, { source: 'asean-customs-overview', asOf: '2020' }]);
    const container = document.createElement('div');
    render(sources.render('en'), container);
    const text = container.textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/^ ?Source: ASEAN Customs overview — ASEAN, as of June 2025 and 2020 ?$/);
    sources.reset();
    render(sources.render('en'), container);
    expect(container.textContent!.trim()).to.equal('');
  });

  it('HydrationController: a client-rendered element is live and renders as usual', async () => {
    const host = await fixture<BareHost>(fixtureHtml`<bare-host></bare-host>`);
    expect(host.hydration.live).to.be.true;
    expect(host.hydration.renderRoot()).to.be.undefined;
    expect(host.hydration.deferConnection(() => undefined)).to.be.false;
  });
});
