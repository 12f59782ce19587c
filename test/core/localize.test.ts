/**
 * The language follows the page: `<html lang>` or an ancestor's `lang` changed after the elements
 * rendered re-renders them in the new language, other languages load on demand, and a page can
 * add a language of its own with registerTranslation().
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerTranslation } from '../../src/customs-widgets.js';
import { textOf } from '../helpers.js';

/** Each element, and words it shows in English and in French. */
const ELEMENTS: [string, string, string][] = [
  ['<customs-forum-card forum="wco"></customs-forum-card>', 'Established', 'Création'],
  ['<customs-forum-list></customs-forum-list>', 'International fora', 'Enceintes internationales'],
  ['<compliance-links country="SG"></compliance-links>', 'Regional help portals', 'Portails régionaux d’assistance'],
  ['<working-group-table></working-group-table>', 'ASEAN Customs sectoral bodies', 'Organes sectoriels des douanes de l’ASEAN'],
  ['<customs-org-chart></customs-org-chart>', 'ASEAN Customs reporting structure', 'Structure hiérarchique des douanes de l’ASEAN'],
  ['<customs-timeline></customs-timeline>', 'Milestones', 'Jalons'],
  ['<customs-fact-file org="wco"></customs-fact-file>', 'as of November 2009', 'à jour en novembre 2009'],
  ['<customs-activity-list></customs-activity-list>', 'Key activities and priorities', 'Activités clés et priorités'],
  ['<customs-contributions country="SG"></customs-contributions>', 'International contributions', 'Contributions internationales'],
  ['<customs-dialogue-partners></customs-dialogue-partners>', 'ASEAN Customs dialogue partners', 'Partenaires de dialogue des douanes de l’ASEAN'],
  ['<customs-document-list></customs-document-list>', 'Key documents', 'Documents clés'],
];

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('language', () => {
  const original = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = original;
  });

  it('every element re-renders in French when <html lang> changes after render, and back', async () => {
    document.documentElement.lang = 'en';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = ELEMENTS.map(([markup]) => markup).join('');
    const elements = [...host.children] as Updating[];
    await Promise.all(elements.map((el) => el.updateComplete));
    elements.forEach((el, i) => expect(textOf(el), el.localName).to.contain(ELEMENTS[i][1]));

    document.documentElement.lang = 'fr';
    for (const [i, el] of elements.entries()) {
      await waitUntil(() => textOf(el).includes(ELEMENTS[i][2]), `<${el.localName}> did not turn French`);
      expect(textOf(el), el.localName).not.to.contain(ELEMENTS[i][1]);
    }

    document.documentElement.lang = 'en-SG';
    for (const [i, el] of elements.entries()) {
      await waitUntil(() => textOf(el).includes(ELEMENTS[i][1]), `<${el.localName}> did not turn back to English`);
    }
  });

  it('follows the nearest ancestor’s lang as it changes; the element’s own lang wins', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="en">
      <div><customs-timeline></customs-timeline></div>
      <customs-document-list lang="en"></customs-document-list>
    </section>`);
    const timeline = wrapper.querySelector<Updating>('customs-timeline')!;
    const documents = wrapper.querySelector<Updating>('customs-document-list')!;
    await timeline.updateComplete;
    wrapper.lang = 'fr-CA';
    await waitUntil(() => textOf(timeline).includes('Jalons'), 'the timeline did not follow its ancestor');
    await documents.updateComplete;
    expect(textOf(documents)).to.contain('Key documents');
  });

  it('a page adds a language with registerTranslation(); strings it leaves out stay English', async () => {
    registerTranslation('x-pirate', {
      shared: { source: 'Treasure map', sources: 'Treasure maps' },
      'customs-timeline': { milestones: 'Voyages', milestoneCount: (n: number) => `${n} voyages logged` },
    });
    const el = await fixture<Updating>(html`<customs-timeline lang="x-pirate"></customs-timeline>`);
    expect(textOf(el)).to.contain('Voyages').and.to.contain('20 voyages logged').and.to.contain('Treasure map');

    // Registered later, for elements already on the page: they re-render.
    const card = await fixture<Updating>(html`<customs-forum-card forum="wco" lang="x-pirate"></customs-forum-card>`);
    expect(textOf(card)).to.contain('Established');
    registerTranslation('x-pirate', { 'customs-forum-card': { established: 'First sailed' } });
    await waitUntil(() => textOf(card).includes('First sailed'), 'the card did not take the new strings');
    expect(textOf(card)).to.contain('Treasure map');
  });
});
