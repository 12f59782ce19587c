import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/customs-widgets.js';
import factFiles from '../../data/fact-files.json';
import type { CustomsFactFile } from '../../src/elements/customs-fact-file/customs-fact-file.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts } from '../helpers.js';

const facts = (el: Element) => Object.fromEntries(parts(el, 'dl > div').map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]));

describeBothWays('<customs-fact-file>', () => {
  it('shows the WCO fact file, visibly as of November 2009', async () => {
    const el = await fixture<CustomsFactFile>(html`<customs-fact-file org="wco"></customs-fact-file>`);
    expect(part(el, 'h2').textContent).to.equal('WCO fact file');
    expect(part(el, '[part=as-of]').textContent).to.equal('as of November 2009');
    const file = facts(el);
    expect(file['Date of establishment']).to.equal('1952');
    expect(file.Headquarters).to.equal('Brussels, Belgium');
    expect(file['Number of Members']).to.match(/^176 .*European Communities.*July 2007/);
    expect(file['Council Chairperson']).to.equal('Martyn Dunne');
    expect(file['Secretary General']).to.equal('Kunio Mikuriya');
    expect(file['International Customs Day']).to.equal('26 January');
    expect(file['Official languages']).to.equal('English and French');
    expect(part(el, 'a[href="mailto:communication@wcoomd.org"]')).to.exist;
    expect(part(el, 'a[href^="tel:"]').textContent).to.equal('+32 2 209 92 11');
  });

  it('defaults to the one bundled fact file, and names an unknown org', async () => {
    const el = await fixture<CustomsFactFile>(html`<customs-fact-file></customs-fact-file>`);
    expect(part(el, 'h2').textContent).to.equal('WCO fact file');
    el.org = 'apec';
    await el.updateComplete;
    expect(part(el, '[part=notice]').textContent).to.contain('org “apec”').and.to.contain('wco');
  });

  it('stacks its labels above values in a narrow container', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<CustomsFactFile>(html`<customs-fact-file></customs-fact-file>`);
    const dt = part(el, 'dt');
    const dd = part(el, 'dd');
    expect(dd.getBoundingClientRect().top).to.be.greaterThan(dt.getBoundingClientRect().top);
    await setViewport({ width: 1280, height: 800 });
    expect(Math.round(dd.getBoundingClientRect().top)).to.equal(Math.round(dt.getBoundingClientRect().top));
  });
});

// No control: after hydration, an attribute change renders again (the one bundled org is wco, so
// another org shows a notice).
describeHydration('<customs-fact-file>', {
  start: '<customs-fact-file org="wco">',
  attribute: { name: 'org', value: 'apec', shows: 'Unknown org “apec”' },
  french: 'à jour en novembre 2009',
  data: { json: factFiles, from: 'Kunio Mikuriya', to: 'K. Mikuriya' },
});
