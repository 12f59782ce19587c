import { expect, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import activities from '../../data/activities.json';
import type { CustomsActivityList } from '../../src/elements/customs-activity-list/customs-activity-list.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts, textOf } from '../helpers.js';

describeBothWays('<customs-activity-list>', () => {
  it('shows the WCO key activities under their four themes', async () => {
    const el = await fixture<CustomsActivityList>(html`<customs-activity-list org="wco"></customs-activity-list>`);
    expect(parts(el, 'h4').map((h) => h.textContent)).to.deep.equal([
      'Harmonization and simplification',
      'Security and enforcement',
      'Partnerships and cooperation',
      'Modernization and capacity building',
    ]);
    expect(textOf(el)).to.contain('Harmonized System').and.to.contain('SAFE Framework of Standards');
    const items = parts(el, 'li').map((li) => li.textContent);
    expect(new Set(items).size).to.equal(items.length);
  });

  it('shows ASEAN Customs’ priority areas 2016–2025 and SPCDs 2026–2030, and follows changes', async () => {
    const el = await fixture<CustomsActivityList>(html`<customs-activity-list org="ASEAN"></customs-activity-list>`);
    expect(parts(el, 'h3').map((h) => h.textContent)).to.deep.equal([
      'ASEAN Customs priority areas of cooperation, 2016–2025',
      'Strategic Plans of Customs Development (SPCDs) 2026–2030',
    ]);
    expect(part(el, '[part=set] ul').children).to.have.length(6);
    el.org = 'wco';
    await el.updateComplete;
    expect(parts(el, '[part=set]')).to.have.length(1);
  });

  it('names an unknown org', async () => {
    const el = await fixture<CustomsActivityList>(html`<customs-activity-list org="imf"></customs-activity-list>`);
    expect(part(el, '[part=notice]').textContent).to.contain('org “imf”').and.to.contain('wco, asean');
  });
});

// No control: after hydration, an attribute change renders again.
describeHydration('<customs-activity-list>', {
  start: '<customs-activity-list org="wco">',
  attribute: { name: 'org', value: 'asean', shows: 'ASEAN Customs priority areas of cooperation' },
  french: 'Activités clés',
  data: { json: activities, from: 'Harmonization and simplification', to: 'Harmonization, simplification' },
});
