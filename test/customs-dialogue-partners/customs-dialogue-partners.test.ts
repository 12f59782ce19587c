import { expect, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import partners from '../../data/partners.json';
import type { CustomsDialoguePartners } from '../../src/elements/customs-dialogue-partners/customs-dialogue-partners.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts } from '../helpers.js';

describeBothWays('<customs-dialogue-partners>', () => {
  it('shows the four dialogue partners with their administrations and cooperation', async () => {
    const el = await fixture<CustomsDialoguePartners>(html`<customs-dialogue-partners></customs-dialogue-partners>`);
    expect(part(el, 'h2').textContent).to.equal('ASEAN Customs dialogue partners');
    expect(parts(el, 'h3').map((h) => h.textContent)).to.deep.equal(['Australia', 'China', 'Japan', 'Korea', 'Consultations with the private sector']);
    const text = (name: string) => parts(el, '[part=partner]').find((p) => p.querySelector('[part=subheading]')!.textContent === name)!.textContent!;
    expect(text('Australia')).to.contain('Australia Border Force').and.to.contain('Joint Customs Middle Management Programme (JCMMP)');
    expect(text('China')).to.contain('General Administration of Customs of the People’s Republic of China');
    expect(text('Japan')).to.contain('Japan Customs').and.to.contain('intelligence');
    expect(text('Korea')).to.contain('Korea Customs Service').and.to.contain('Joint Customs Control (JCC)');
  });

  it('ends with the consultations with the Joint Business Councils, one heading level down', async () => {
    const el = await fixture<CustomsDialoguePartners>(html`<customs-dialogue-partners heading-level="3"></customs-dialogue-partners>`);
    expect(part(el, 'h5').textContent).to.contain('Joint Business Councils');
  });
});

// No control, and no attribute of its own: after hydration, hide-source renders again without the source line.
describeHydration('<customs-dialogue-partners>', {
  start: '<customs-dialogue-partners>',
  attribute: { name: 'hide-source', value: '', hides: 'Source' },
  french: 'Partenaires de dialogue',
  data: { json: partners, from: 'Korea Customs Service', to: 'Korea Customs Service (KCS)' },
});
