import { expect, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import bodies from '../../data/bodies.json';
import type { CustomsOrgChart } from '../../src/elements/customs-org-chart/customs-org-chart.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts, watch } from '../helpers.js';

/** The tree as "name@depth" lines, depth read from how many lists enclose each node. */
function outline(el: Element): string[] {
  return parts(el, '[part=node]').map((node) => {
    let depth = 0;
    for (let n: Element | null = node; n; n = n.parentElement) if (n.localName === 'ul') depth++;
    return `${node.querySelector('.acronym')?.textContent?.replace(/[()]/g, '').trim() ?? node.querySelector('.name')!.textContent}@${depth}`;
  });
}

describeBothWays('<customs-org-chart>', () => {
  it('nests the reporting line from the AFMM down to the sub-working groups', async () => {
    const el = await fixture<CustomsOrgChart>(html`<customs-org-chart></customs-org-chart>`);
    expect(outline(el)).to.deep.equal([
      'AFMM@1',
      'ASEAN DGs of Customs@2',
      'CCC@3',
      'CPTFWG@4',
      'SWG-ACTS@5',
      'TSWGC@5',
      'SWG-AAMRA@5',
      'CECWG@4',
      'CCBWG@4',
    ]);
    expect(part(el, '[part=tree]').localName).to.equal('ul');
  });

  it('starts at root and stops at depth, both changeable', async () => {
    const el = await fixture<CustomsOrgChart>(html`<customs-org-chart root="cptfwg"></customs-org-chart>`);
    expect(outline(el)).to.deep.equal(['CPTFWG@1', 'SWG-ACTS@2', 'TSWGC@2', 'SWG-AAMRA@2']);
    el.root = 'CCC';
    el.depth = '2';
    await el.updateComplete;
    expect(outline(el)).to.deep.equal(['CCC@1', 'CPTFWG@2', 'CECWG@2', 'CCBWG@2']);
  });

  it('names an unknown root or a bad depth, and still shows the whole chart', async () => {
    const el = await fixture<CustomsOrgChart>(html`<customs-org-chart></customs-org-chart>`);
    const { events, errors } = await watch(async () => {
      el.root = 'nato';
      el.depth = 'deep';
      await el.updateComplete;
    });
    expect(part(el, '[part=notice]').textContent).to.contain('root “nato”').and.to.contain('depth “deep”');
    expect(events).to.have.length(2);
    expect(errors).to.deep.equal([]);
    expect(outline(el)).to.have.length(9);
  });
});

// No control: after hydration, an attribute change renders again.
describeHydration('<customs-org-chart>', {
  start: '<customs-org-chart root="cptfwg">',
  attribute: { name: 'root', value: 'cecwg', shows: 'Customs Enforcement and Compliance Working Group' },
  french: 'Structure hiérarchique',
  data: { json: bodies, from: 'Technical Sub-Working Group on Classification', to: 'Technical Sub-Working Group on Tariff Classification' },
});
