import { expect, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import type { CustomsDocumentList } from '../../src/elements/customs-document-list/customs-document-list.js';
import documents from '../../data/documents.json';
import type { DocumentRecord } from '../../src/data/schema.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts } from '../helpers.js';

const titles = (el: Element) => parts(el, 'li').map((li) => li.textContent!.trim());

describeBothWays('<customs-document-list>', () => {
  it('groups key documents, press releases and publications, each listed once', async () => {
    const el = await fixture<CustomsDocumentList>(html`<customs-document-list></customs-document-list>`);
    expect(parts(el, 'h3').map((h) => h.textContent!.replace(/\s+/g, ' '))).to.deep.equal([
      'Key documents (8 documents)',
      'Press releases and statements (4 documents)',
      'Publications (3 documents)',
    ]);
    const all = titles(el);
    expect(all.filter((title) => title === 'ASEAN Agreement on Customs')).to.have.length(1);
    expect(all.filter((title) => title === 'ASEAN Member States sign arrangement to facilitate trade customs clearance')).to.have.length(1);
    expect(part<HTMLAnchorElement>(el, 'a').getAttribute('href')).to.equal('http://www.wcoomd.org/home_press_wco_news.htm');
  });

  it('shows only the category asked for, and follows changes', async () => {
    const el = await fixture<CustomsDocumentList>(html`<customs-document-list category="publications"></customs-document-list>`);
    expect(titles(el)).to.deep.equal(['ASEAN Customs Integrity and Ethics Blueprint', 'ASEAN Customs HR Blueprint', 'WCO News']);
    el.category = 'press';
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
  });

  it('de-duplicates titles in data it is given, and names an unknown category', async () => {
    const ref = [{ source: 'asean-customs-overview' }];
    const data: DocumentRecord[] = [
      { id: 'a', title: 'Protocol 7', category: 'key-documents', sources: ref },
      { id: 'b', title: 'PROTOCOL 7', category: 'key-documents', sources: ref },
    ];
    // Prerendered, the data is given once the list has hydrated: markup cannot carry a property.
    const el = await fixture<CustomsDocumentList>(html`<customs-document-list .data=${data} category="key-documents, memos"></customs-document-list>`, { propertiesAfterHydration: true });
    expect(titles(el)).to.deep.equal(['Protocol 7']);
    expect(part(el, '[part=notice]').textContent).to.contain('category “memos”').and.to.contain('key-documents, press, publications');
  });
});

describeBothWays('<customs-document-list> without documents', () => {
  it('says there is nothing to show', async () => {
    const el = await fixture<CustomsDocumentList>(html`<customs-document-list .data=${[]}></customs-document-list>`, { propertiesAfterHydration: true });
    expect(part(el, '.empty').textContent).to.equal('No documents to show.');
  });
});

// No control: after hydration, an attribute change renders again.
describeHydration('<customs-document-list>', {
  start: '<customs-document-list category="publications">',
  attribute: { name: 'category', value: 'press', shows: 'Press releases and statements' },
  french: 'à jour en juin 2025',
  data: { json: documents, from: 'ASEAN Customs HR Blueprint', to: 'ASEAN Customs Human Resources Blueprint' },
});
