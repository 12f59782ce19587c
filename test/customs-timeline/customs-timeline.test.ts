import { expect, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import type { CustomsTimeline } from '../../src/elements/customs-timeline/customs-timeline.js';
import milestones from '../../data/milestones.json';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts, watch } from '../helpers.js';

const times = (el: Element) => parts<HTMLTimeElement>(el, 'time').map((time) => `${time.dateTime} ${time.textContent}`);

describeBothWays('<customs-timeline>', () => {
  it('lists every milestone oldest first, each in <time> at the precision its source gives', async () => {
    const el = await fixture<CustomsTimeline>(html`<customs-timeline></customs-timeline>`);
    const shown = times(el);
    expect(shown[0]).to.equal('1952 1952');
    expect(shown).to.include('1953-01-26 26 January 1953');
    expect(shown).to.include('1967-08-08 8 August 1967');
    expect(shown).to.include('1975 1975');
    expect(shown).to.include('1995-01-20 20–21 January 1995');
    expect(shown).to.include('2007-07 July 2007');
    expect(shown).to.include('2005 2005 – 2010');
    expect(shown.at(-1)).to.equal('2025-06-05 5 June 2025');
    expect(shown).to.have.length(20);
    expect(part(el, 'ol')).to.exist;
  });

  it('filters by org, from and to, orders desc, and follows changes', async () => {
    const el = await fixture<CustomsTimeline>(html`<customs-timeline org="WCO" order="desc"></customs-timeline>`);
    expect(times(el).map((line) => line.split(' ')[0])).to.deep.equal(['2007-07', '1975', '1953-01-26', '1952']);
    el.org = 'singapore';
    await el.updateComplete;
    expect(parts(el, '.title').map((title) => title.textContent)).to.have.length(1);
    el.org = '';
    el.from = '2019';
    el.to = '2019';
    el.order = 'asc';
    await el.updateComplete;
    expect(times(el).map((line) => line.split(' ')[0])).to.deep.equal(['2016', '2019', '2019-06-11']);
  });

  it('says so when nothing matches, and names bad values', async () => {
    const el = await fixture<CustomsTimeline>(html`<customs-timeline></customs-timeline>`);
    const { events, errors } = await watch(async () => {
      el.from = '2100';
      el.order = 'sideways';
      el.org = 'un';
      await el.updateComplete;
    });
    expect(part(el, '.empty').textContent).to.equal('No milestone matches these settings.');
    expect(part(el, '[part=notice]').textContent).to.contain('order “sideways”').and.to.contain('asc, desc').and.to.contain('org “un”');
    expect(events).to.have.length(2);
    el.to = 'soon';
    await el.updateComplete;
    expect(part(el, '[part=notice]').textContent).to.contain('to “soon”');
    expect(errors).to.deep.equal([]);
  });
});

// No control: after hydration, an attribute change renders again.
describeHydration('<customs-timeline>', {
  start: '<customs-timeline org="wco">',
  attribute: { name: 'org', value: 'asean', shows: 'ASEAN Agreement on Customs' },
  french: 'Jalons',
  data: { json: milestones, from: 'Singapore becomes a member of the WCO', to: 'Singapore joins the WCO' },
});
