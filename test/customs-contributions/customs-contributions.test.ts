import { expect, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import roles from '../../data/roles.json';
import type { CustomsContributions } from '../../src/elements/customs-contributions/customs-contributions.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts, textOf, watch } from '../helpers.js';

/** Group heading → the acronyms (or names) listed under it. */
function groups(el: Element): Record<string, string[]> {
  return Object.fromEntries(
    parts(el, 'section').map((section) => [
      section.querySelector('[part=subheading]')!.textContent,
      [...section.querySelectorAll('[part=role] > strong')].map((strong) => strong.textContent!.match(/\(([^)]+)\)$/)?.[1] ?? strong.textContent!),
    ]),
  );
}

const item = (el: Element, acronym: string) =>
  parts(el, '[part=role]').find((li) => li.querySelector('strong')!.textContent!.endsWith(`(${acronym})`))!.textContent!.replace(/\s+/g, ' ');

describeBothWays('<customs-contributions>', () => {
  it('shows what Singapore chairs and participates in, the newer source leading', async () => {
    const el = await fixture<CustomsContributions>(html`<customs-contributions country="SG"></customs-contributions>`);
    expect(part(el, 'h2').textContent).to.equal('International contributions: Singapore');
    expect(groups(el)).to.deep.equal({
      Chairs: ['CPTFWG', 'SWG-AAMRA', 'ASWSC'],
      'Participates in': ['SCCP', 'AWC', 'ASEM Customs Director-Generals/Commissioners Meeting', 'SWG-ACTS', 'CCBWG'],
      'Member of': ['WCO'],
    });
    // Participates in SWG-ACTS now (the current page); chaired it in 2020 (the ASEAN table) and per the earlier page.
    expect(item(el, 'SWG-ACTS')).to.contain('Chaired SWG-ACTS in 2020. “Singapore Customs currently chairs');
    expect(item(el, 'CPTFWG')).to.contain('— as of 2020');
    expect(item(el, 'WCO')).to.contain('since 1975');
  });

  it('links the related systems: ACTS, ASW and KBS', async () => {
    const el = await fixture<CustomsContributions>(html`<customs-contributions country="sgp"></customs-contributions>`);
    expect(part<HTMLAnchorElement>(el, 'a[href="https://acts.asean.org"]').textContent).to.equal('ASEAN Customs Transit System (ACTS)');
    expect(part(el, 'a[href="https://asw.asean.org"]')).to.exist;
    expect(part(el, 'a[href="http://kbscustoms.asean.org/"]')).to.exist;
  });

  it('works for the other member states the 2020 chairmanships name', async () => {
    const expected: Record<string, Record<string, string[]>> = {
      ID: { Chairs: ['TSWGC', 'CCBWG'] },
      MY: { Chairs: ['CECWG'] },
      LA: { Chairs: ['ASEAN DGs of Customs', 'CCC'] },
      MM: { Chairs: ['ASEAN DGs of Customs', 'CCC'] },
      TH: { Developed: ['KBS'] },
    };
    for (const [country, roles] of Object.entries(expected)) {
      const el = await fixture<CustomsContributions>(html`<customs-contributions country=${country}></customs-contributions>`);
      expect(groups(el), country).to.deep.equal(roles);
    }
    const laos = await fixture<CustomsContributions>(html`<customs-contributions country="Laos"></customs-contributions>`);
    expect(textOf(laos)).to.contain('Lao PDR, then Myanmar (on rotational basis)').and.to.contain('as of 2020');
  });

  it('says when a member state has no recorded role, and follows changes', async () => {
    const el = await fixture<CustomsContributions>(html`<customs-contributions country="SG"></customs-contributions>`);
    el.country = 'Viet Nam';
    await el.updateComplete;
    expect(textOf(el)).to.contain('No roles are recorded for Viet Nam.');
  });

  it('names an unknown or missing country', async () => {
    const el = await fixture<CustomsContributions>(html`<customs-contributions></customs-contributions>`);
    expect(part(el, '[part=notice]').textContent).to.contain('Set country to one of: BN, KH');
    const { events, errors } = await watch(async () => {
      el.country = 'France';
      await el.updateComplete;
    });
    expect(part(el, '[part=notice]').textContent).to.contain('country “France”');
    expect(events).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});

// No control: after hydration, an attribute change renders again.
describeHydration('<customs-contributions>', {
  start: '<customs-contributions country="SG">',
  attribute: { name: 'country', value: 'MY', shows: 'International contributions: Malaysia' },
  french: 'Contributions internationales',
  data: { json: roles, from: 'Singapore Customs currently chairs', to: 'Singapore Customs now chairs' },
});
