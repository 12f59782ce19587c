import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/customs-widgets.js';
import forums from '../../data/forums.json';
import type { CustomsForumCard } from '../../src/elements/customs-forum-card/customs-forum-card.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { parts, part, textOf, watch } from '../helpers.js';

describeBothWays('<customs-forum-card>', () => {
  it('shows the WCO: name, acronym, establishment, Singapore’s membership, instruments, website', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco"></customs-forum-card>`);
    const text = textOf(el);
    expect(part(el, 'h2').textContent).to.match(/World Customs Organization\s+\(WCO\)/);
    expect(text).to.contain('1952');
    expect(text).to.contain('Customs Co-operation Council');
    expect(text).to.contain('Singapore became a member of the WCO in 1975.');
    expect(parts(el, 'li').map((li) => li.textContent?.trim())).to.deep.equal([
      'SAFE Framework of Standards to Secure and Facilitate Global Trade',
      'Harmonised System (HS) Classification of Goods',
      'WCO Data Model',
    ]);
    const website = part<HTMLAnchorElement>(el, 'a[href^="http://www.wcoomd.org"]');
    expect(website.getAttribute('href')).to.equal('http://www.wcoomd.org/en.aspx');
    expect(website.rel).to.equal('noopener noreferrer');
  });

  it('shows each forum’s establishment and Singapore’s part in it', async () => {
    const expected: Record<string, string[]> = {
      apec: ['Asia-Pacific Economic Cooperation', '1989', 'Sub-Committee on Customs Procedures (SCCP)', 'http://www.apec.org/'],
      asean: ['Association of Southeast Asian Nations', '8 August 1967', 'Several instruments have been concluded', 'http://www.asean.org/'],
      asem: ['Asia-Europe Meeting', '1996', 'ASEM Working Group on Customs Matters (AWC)', 'http://www.aseminfoboard.org/'],
    };
    for (const [forum, facts] of Object.entries(expected)) {
      const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum=${forum}></customs-forum-card>`);
      const [name, established, participation, url] = facts;
      expect(part(el, 'h2').textContent).to.contain(name);
      expect(textOf(el)).to.contain(established).and.to.contain(participation);
      expect(part(el, `a[href="${url}"]`)).to.exist;
    }
  });

  it('accepts the forum in any case, by acronym or by name', async () => {
    for (const value of ['WCO', ' wco ', 'World Customs Organisation']) {
      const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum=${value}></customs-forum-card>`);
      expect(part(el, 'h2').textContent).to.contain('World Customs Organization');
      expect(el.shadowRoot!.querySelector('[part=notice]')).to.be.null;
    }
  });

  it('follows changes to forum after the first render', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco"></customs-forum-card>`);
    el.setAttribute('forum', 'asem');
    await el.updateComplete;
    expect(part(el, 'h2').textContent).to.contain('Asia-Europe Meeting');
  });

  it('names an unknown forum and the accepted ones, warns once, fires customs-error, keeps the last forum', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="apec"></customs-forum-card>`);
    const { warnings, events, errors } = await watch(async () => {
      el.forum = 'wto';
      await el.updateComplete;
      el.compact = true; // another render with the same mistake is not reported again
      await el.updateComplete;
    });
    const notice = part(el, '[part=notice]');
    // "wto" is one letter from "wco": the notice suggests it.
    expect(notice.textContent).to.equal('Unknown forum “wto”. Did you mean wco?');
    expect(notice.getAttribute('role')).to.equal('status');
    // Styled as a notice (its styles come with the notices module): a rule down its side.
    expect(getComputedStyle(notice).borderLeftStyle).to.equal('solid');
    expect(warnings).to.have.length(1);
    expect(events).to.have.length(1);
    expect(events[0].detail).to.include({ attribute: 'forum', value: 'wto' });
    expect(events[0].detail.accepted).to.deep.equal(['wco', 'apec', 'asean', 'asem']);
    expect(errors).to.deep.equal([]);
    expect(part(el, 'h2').textContent).to.contain('Asia-Pacific Economic Cooperation');
  });

  it('asks for a forum when none is given', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card></customs-forum-card>`);
    expect(part(el, '[part=notice]').textContent).to.contain('Set forum to one of: wco, apec, asean, asem');
  });

  it('fits the host page’s outline with heading-level, and reports a bad one', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco" heading-level="4"></customs-forum-card>`);
    expect(part(el, 'h4').textContent).to.contain('World Customs Organization');
    expect(parts(el, 'h5').map((h) => h.textContent)).to.deep.equal(['Singapore’s participation', 'Instruments']);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(part(el, 'h2')).to.exist;
    expect(part(el, '[part=notice]').textContent).to.contain('heading-level “9”').and.to.contain('1, 2, 3, 4, 5, 6');
  });

  it('ends with the dated source line, and hide-source hides it', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco"></customs-forum-card>`);
    const source = part(el, '[part=source]').textContent!.replace(/\s+/g, ' ');
    expect(source).to.contain('Sources:');
    // Both editions of the Singapore Customs page cited read as one source, without bookkeeping words.
    expect(source).to.contain('Our International Participation — Singapore Customs;');
    expect(source.match(/Our International Participation/g)).to.have.length(1);
    expect(source).to.contain('World Customs Organization fact sheet — World Customs Organization, as of November 2009');
    el.hideSource = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=source]')).to.be.null;
  });

  it('speaks French with lang="fr", or inherited from an ancestor, and formats dates through Intl', async () => {
    const own = await fixture<CustomsForumCard>(html`<customs-forum-card forum="asean" lang="fr"></customs-forum-card>`);
    expect(textOf(own)).to.contain('Création').and.to.contain('8 août 1967');
    const wrapper = await fixture(html`<div lang="fr-CA"><customs-forum-card forum="wco"></customs-forum-card></div>`);
    const inherited = wrapper.querySelector('customs-forum-card')!;
    await inherited.updateComplete;
    wrapper.remove();
    expect(textOf(inherited)).to.contain('Site officiel').and.to.contain('à jour en novembre 2009');
  });

  it('hides secondary notes when compact', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco" compact></customs-forum-card>`);
    const note = part(el, '.secondary');
    expect(getComputedStyle(note).display).to.equal('none');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe in ${colorScheme} mode`, async () => {
      await emulateMedia({ colorScheme });
      const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco"></customs-forum-card>`);
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }

  it('follows a page that follows the reader into dark mode, on the page\'s own surface', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco"></customs-forum-card>`);
    const link = () => getComputedStyle(part(el, 'a')).color;
    expect(link()).to.equal('rgb(140, 196, 255)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ colorScheme: 'light' });
    expect(link()).to.equal('rgb(11, 87, 164)');
    // A page that does not declare dark mode stays light, whatever the reader prefers.
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'dark' });
    expect(link()).to.equal('rgb(11, 87, 164)');
    await emulateMedia({ colorScheme: 'light' });
  });
});

// No control: after hydration, an attribute change renders again.
describeHydration('<customs-forum-card>', {
  start: '<customs-forum-card forum="wco">',
  attribute: { name: 'forum', value: 'asem', shows: 'Asia-Europe Meeting' },
  french: 'Participation de Singapour',
  data: { json: forums, from: 'an independent intergovernmental body', to: 'an intergovernmental body (new wording)' },
});
