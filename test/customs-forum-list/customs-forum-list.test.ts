import { expect, html } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import forums from '../../data/forums.json';
import type { CustomsForumList } from '../../src/elements/customs-forum-list/customs-forum-list.js';
import { describeBothWays, describeHydration, fixture } from '../fixture.js';
import { part, parts, textOf, watch } from '../helpers.js';

const cardTitles = (el: Element) =>
  parts(el, 'customs-forum-card').map((card) => card.shadowRoot!.querySelector('[part=heading]')!.textContent!.replace(/\s+/g, ' ').trim());

describeBothWays('<customs-forum-list>', () => {
  it('shows every forum as a card under one heading, one level down, with one source line', async () => {
    const el = await fixture<CustomsForumList>(html`<customs-forum-list></customs-forum-list>`);
    expect(part(el, 'h2').textContent).to.equal('International fora');
    expect(cardTitles(el)).to.deep.equal([
      'World Customs Organization (WCO)',
      'Asia-Pacific Economic Cooperation (APEC)',
      'Association of Southeast Asian Nations (ASEAN)',
      'Asia-Europe Meeting (ASEM)',
    ]);
    const cards = parts(el, 'customs-forum-card');
    expect(cards.every((card) => card.shadowRoot!.querySelector('h3') && !card.shadowRoot!.querySelector('[part=source]'))).to.be.true;
    expect(part(el, '[part=source]').textContent).to.contain('World Customs Organization fact sheet');
  });

  it('at heading level 6 gives its cards level 6 too, a valid one, not 7', async () => {
    const { warnings } = await watch(async () => {
      const el = await fixture<CustomsForumList>(html`<customs-forum-list heading-level="6" forums="wco"></customs-forum-list>`);
      const card = part(el, 'customs-forum-card');
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.getAttribute('heading-level')).to.equal('6');
      expect(card.shadowRoot!.querySelector('h6')).to.exist;
      expect(card.shadowRoot!.querySelector('[part=notice]')).to.be.null;
    });
    expect(warnings).to.deep.equal([]);
  });

  it('filters and orders with forums, and follows changes', async () => {
    const el = await fixture<CustomsForumList>(html`<customs-forum-list forums="ASEM, wco"></customs-forum-list>`);
    expect(cardTitles(el)).to.deep.equal(['Asia-Europe Meeting (ASEM)', 'World Customs Organization (WCO)']);
    el.forums = 'apec';
    await el.updateComplete;
    expect(cardTitles(el)).to.deep.equal(['Asia-Pacific Economic Cooperation (APEC)']);
  });

  it('passes its language and compact on to the cards', async () => {
    const el = await fixture<CustomsForumList>(html`<customs-forum-list lang="fr" compact forums="wco"></customs-forum-list>`);
    const card = part(el, 'customs-forum-card');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(card)).to.contain('Création');
    expect(card.hasAttribute('compact')).to.be.true;
    expect(part(el, 'h2').textContent).to.equal('Enceintes internationales');
  });

  it('names an unknown forum and keeps the known ones', async () => {
    const el = await fixture<CustomsForumList>(html`<customs-forum-list></customs-forum-list>`);
    const { events, errors } = await watch(async () => {
      el.forums = 'wco, wto';
      await el.updateComplete;
    });
    expect(part(el, '[part=notice]').textContent).to.contain('forums “wto”');
    expect(events).to.have.length(1);
    expect(errors).to.deep.equal([]);
    expect(cardTitles(el)).to.deep.equal(['World Customs Organization (WCO)']);
  });
});

describeBothWays('<customs-forum-list> in a forced scheme', () => {
  it('gives its cards the scheme a page forced on the list', async () => {
    const el = await fixture<CustomsForumList>(html`<customs-forum-list style="color-scheme: dark"></customs-forum-list>`);
    const card = part(el, 'customs-forum-card');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getComputedStyle(card).colorScheme).to.equal('dark');
    expect(getComputedStyle(card.shadowRoot!.querySelector('a')!).color).to.equal('rgb(140, 196, 255)');
  });
});

// No control: after hydration, an attribute change renders again. The cards nested in the list
// hydrate after it; content gone stale is rendered afresh by the list, cards and all.
describeHydration('<customs-forum-list>', {
  start: '<customs-forum-list forums="wco, asean">',
  attribute: { name: 'forums', value: 'asem', shows: 'Asia-Europe Meeting' },
  french: 'Enceintes internationales',
  data: { json: forums, from: 'an independent intergovernmental body', to: 'an intergovernmental body (new wording)' },
});
