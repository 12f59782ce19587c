import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/customs-widgets.js';
import type { ComplianceLinks } from '../../src/elements/compliance-links/compliance-links.js';
import compliance from '../../data/compliance.json';
import { describeBothWays, describeHydration, expectCleanHydration, fixture } from '../fixture.js';
import { part, parts, textOf, watch } from '../helpers.js';

const headings = (el: Element) => parts(el, '[part=country] [part=subheading]').map((h) => h.textContent!.replace(/\s*\(.*$/s, '').trim());

describeBothWays('<compliance-links>', () => {
  it('shows Singapore’s four portals with their links', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="SG"></compliance-links>`);
    expect(headings(el)).to.deep.equal(['Singapore']);
    const links = parts<HTMLAnchorElement>(el, '[part=country] a');
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Singapore Customs FAQs',
      'Rules of Origin content on Singapore Customs Website',
      'Voluntary Disclosure Programme Webpage',
      'Customs Outreach to Traders',
    ]);
    expect(links[0].getAttribute('href')).to.equal('https://va.ecitizen.gov.sg/cfp/CustomerPages/Customs/explorefaq.aspx');
    expect(links[1].getAttribute('href')).to.equal('https://www.customs.gov.sg/businesses/certificates-of-origin/overview/');
    expect(links.every((a) => a.rel === 'noopener noreferrer')).to.be.true;
    // One country needs no filter.
    expect(el.shadowRoot!.querySelector('select')).to.be.null;
  });

  it('shows every country’s portals, linked exactly where the source publishes a link', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links></compliance-links>`);
    expect(headings(el)).to.deep.equal([
      'Brunei Darussalam', 'Cambodia', 'Indonesia', 'Lao PDR', 'Malaysia', 'Myanmar', 'Philippines', 'Singapore', 'Thailand', 'Viet Nam',
    ]);
    const items = parts(el, '[part=country] [part=portal]');
    const portals = compliance.countries.flatMap((country) => country.portals);
    expect(items).to.have.length(portals.length);
    portals.forEach((portal, i) => {
      const anchor = items[i].querySelector('a');
      expect(items[i].textContent).to.contain(portal.name).and.to.contain(portal.description);
      if ('url' in portal && portal.url) expect(anchor?.getAttribute('href')).to.equal(portal.url);
      else expect(anchor, portal.name).to.be.null, expect(items[i].textContent).to.contain('No link published');
    });
    // Seed facts, stated independently of the data file.
    expect(textOf(el)).to.contain('Cambodia Customs Website').and.to.contain('SIRIM QAS International Website');
    expect(part(el, 'a[href="https://customs.gov.kh/en"]')).to.exist;
    expect(part(el, 'a[href="https://www.myanmartradenet.com/"]')).to.exist;
    expect(parts(el, '[part=country] a')).to.have.length(9);
  });

  it('ends with the regional help portals, ASSIST and the ASEAN Trade Repository', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="vn"></compliance-links>`);
    const regional = part(el, '[part=regional]');
    expect(regional.querySelector('a[href="https://assist.asean.org"]')).to.exist;
    expect(regional.querySelector('a[href="https://atr.asean.org/"]')).to.exist;
  });

  it('accepts codes and names in any case: alpha-2, alpha-3, English names, aliases', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="sg, MYS, Viet Nam, laos, Brunei"></compliance-links>`);
    expect(headings(el)).to.deep.equal(['Singapore', 'Malaysia', 'Viet Nam', 'Lao PDR', 'Brunei Darussalam']);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.be.null;
  });

  it('filters the countries with an accessible select, and announces the count', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links></compliance-links>`);
    const select = part<HTMLSelectElement>(el, 'select');
    expect(part(el, 'label[for=filter]').textContent).to.equal('Country');
    expect(part(el, '[role=status]').textContent).to.equal('10 countries');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Cambodia']);
    expect(part(el, '[role=status]').textContent).to.equal('1 of 10 countries shown');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(headings(el)).to.have.length(10);
  });

  it('follows changes to country after the first render', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="SG"></compliance-links>`);
    el.setAttribute('country', 'TH,KH');
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Thailand', 'Cambodia']);
    el.removeAttribute('country');
    await el.updateComplete;
    expect(headings(el)).to.have.length(10);
  });

  it('names unknown countries and the accepted codes, keeps the known ones, throws nothing', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="SG"></compliance-links>`);
    const { warnings, events, errors } = await watch(async () => {
      el.country = 'XX, Malaysia';
      await el.updateComplete;
    });
    expect(part(el, '[part=notice]').textContent).to.contain('country “XX”').and.to.contain('BN, KH, ID, LA, MY, MM, PH, SG, TH, VN');
    expect(headings(el)).to.deep.equal(['Malaysia']);
    expect(warnings).to.have.length(1);
    expect(events.map((event) => event.detail.value)).to.deep.equal(['XX']);
    expect(errors).to.deep.equal([]);
  });

  it('keeps the countries it showed when every value is unknown', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="PH"></compliance-links>`);
    el.country = 'Atlantis';
    await el.updateComplete;
    expect(part(el, '[part=notice]').textContent).to.contain('“Atlantis”');
    expect(headings(el)).to.deep.equal(['Philippines']);
  });

  it('speaks French and shows the source', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="ID" lang="fr"></compliance-links>`);
    expect(textOf(el)).to.contain('Aucun lien publié').and.to.contain('Portails régionaux');
    expect(part(el, '[part=source]').textContent).to.contain('ASEAN Customs overview').and.to.contain('juin 2025');
  });

  it('names in its source line the source of the statements about compliance it shows', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="SG"></compliance-links>`);
    el.data = { ...compliance, about: [{ text: 'Informed compliance, as a fact sheet put it.', sources: [{ source: 'wco-fact-sheet-2009' }] }] };
    await el.updateComplete;
    expect(textOf(el)).to.contain('Informed compliance, as a fact sheet put it.');
    expect(part(el, '[part=source]').textContent).to.contain('World Customs Organization fact sheet').and.to.contain('ASEAN Customs overview');
  });

  it('uses the heading level given for its heading and one below for countries', async () => {
    const el = await fixture<ComplianceLinks>(html`<compliance-links country="SG" heading-level="3"></compliance-links>`);
    expect(part(el, 'h3').textContent).to.equal('Informed Compliance publications');
    expect(parts(el, 'h4')).to.have.length(2);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe in ${colorScheme} mode`, async () => {
      await emulateMedia({ colorScheme });
      const el = await fixture<ComplianceLinks>(html`<compliance-links></compliance-links>`);
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});

describeHydration('<compliance-links>', {
  start: '<compliance-links country="SG">',
  attribute: { name: 'country', value: 'TH', shows: 'Thailand' },
  french: 'Portails régionaux',
  data: { json: compliance, from: 'Voluntary Disclosure Programme Webpage', to: 'Voluntary Disclosure Programme (new page)' },
});

describe('<compliance-links> hydration (prerendered): the country select', () => {
  it('is held (aria-disabled) until hydration, then the same select filters the countries', async () => {
    let held: HTMLSelectElement | undefined;
    let disabled: string | null = null;
    const el = await fixture<ComplianceLinks>(html`<compliance-links></compliance-links>`, {
      mode: 'prerendered',
      beforeHydration: (prerendered) => {
        held = part<HTMLSelectElement>(prerendered, 'select');
        disabled = held.getAttribute('aria-disabled');
      },
    });
    expect(disabled).to.equal('true');
    expectCleanHydration(el);
    const select = part<HTMLSelectElement>(el, 'select');
    expect(select, 'the prerendered select, hydrated').to.equal(held);
    expect(select.hasAttribute('aria-disabled')).to.be.false;
    select.value = 'SG';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Singapore']);
    expect(part(el, '[role=status]').textContent).to.equal('1 of 10 countries shown');
  });
});
