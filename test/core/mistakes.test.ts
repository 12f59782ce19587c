/**
 * Mistakes that help the editor: a near-miss value gets a suggestion, a misspelt attribute a
 * warning and an event naming the attribute it was probably meant to be (but no notice, since the
 * content is still right), a country may be named in the element's language, and every
 * `customs-error` detail carries the same fields.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import { part, parts, textOf, watch } from '../helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const FIELDS = ['accepted', 'attribute', 'message', 'problems', 'value'];

describe('mistakes that help the editor', () => {
  it('suggests the accepted value a near miss was meant to be', async () => {
    const { warnings, events } = await watch(async () => {
      const card = await fixture<Updating>(html`<customs-forum-card forum="wcoo"></customs-forum-card>`);
      await waitUntil(() => card.shadowRoot!.querySelector('[part=notice]'), 'no notice');
      expect(part(card, '[part=notice]').textContent).to.equal('Unknown forum “wcoo”. Did you mean wco?');
      const table = await fixture<Updating>(html`<working-group-table sort="establised"></working-group-table>`);
      await table.updateComplete;
      expect(part(table, '[part=notice]').textContent).to.equal('Unknown sort “establised”. Did you mean established?');
    });
    expect(warnings).to.have.length(2);
    expect(events.map((event) => Object.keys(event.detail).sort())).to.deep.equal([FIELDS, FIELDS]);
    expect(events[0].detail).to.deep.include({ attribute: 'forum', value: 'wcoo', problems: [] });
  });

  it('keeps a sort’s sign in the suggestion, and does not guess a two-letter code for a longer word', async () => {
    const { warnings } = await watch(async () => {
      const table = await fixture<Updating>(html`<working-group-table sort="-establised"></working-group-table>`);
      await table.updateComplete;
      expect(part(table, '[part=notice]').textContent).to.equal('Unknown sort “-establised”. Did you mean -established?');
      const links = await fixture<Updating>(html`<compliance-links country="IND"></compliance-links>`);
      await links.updateComplete;
      expect(part(links, '[part=notice]').textContent).to.contain('Unknown country “IND”. Accepted:');
    });
    expect(warnings).to.have.length(2);
  });

  it('names the record and field of a mistake in data kept under keys (compliance.json)', async () => {
    const { compliance } = await import('../../src/data/index.js');
    const { events } = await watch(async () => {
      const links = await fixture<Updating & { data: unknown }>(html`<compliance-links country="SG"></compliance-links>`);
      const broken = structuredClone(compliance) as { countries: Record<string, unknown>[] };
      delete broken.countries.find((country) => country.code === 'SG')!.name;
      links.data = broken;
      await links.updateComplete;
      await waitUntil(() => links.shadowRoot!.querySelector('[part=notice]'), 'no notice');
      expect(part(links, '[part=notice]').textContent).to.contain('“name” is missing in record “SG”');
    });
    expect(events[0].detail.problems[0]).to.match(/^compliance\.json › countries › "SG" › name: /);
  });

  it('lists what is accepted when nothing is close', async () => {
    const { warnings } = await watch(async () => {
      const card = await fixture<Updating>(html`<customs-forum-card forum="xyzzy"></customs-forum-card>`);
      await waitUntil(() => card.shadowRoot!.querySelector('[part=notice]'), 'no notice');
      expect(part(card, '[part=notice]').textContent).to.equal('Unknown forum “xyzzy”. Accepted: wco, apec, asean, asem.');
    });
    expect(warnings).to.have.length(1);
  });

  it('shows a notice for an attribute one edit from one the element lacks, and warns once', async () => {
    const { warnings, events, errors } = await watch(async () => {
      const host = await fixture(html`<div>
        <compliance-links contry="TH"></compliance-links>
        <customs-forum-card forum="wco" hidesource class="x" id="y" title="z" data-track="1" aria-label="Forum"></customs-forum-card>
      </div>`);
      const [links, card] = [...host.children] as Updating[];
      // The editor sees it in the page itself: all ten countries are shown, not Thailand alone.
      await waitUntil(() => links.shadowRoot!.querySelector('[part=notice]') && card.shadowRoot!.querySelector('[part=notice]'), 'no notice');
      expect(part(links, '[part=notice]').textContent).to.equal('Unknown attribute “contry”, left unused. Did you mean country?');
      expect(part(card, '[part=notice]').textContent).to.equal('Unknown attribute “hidesource”, left unused. Did you mean hide-source?');
      // Re-rendering keeps the notice and does not report again.
      (links as Updating & { compact: boolean }).compact = true;
      await links.updateComplete;
      expect(links.shadowRoot!.querySelector('[part=notice]')).to.exist;
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(warnings).to.deep.equal([
      '<compliance-links>: Unknown attribute “contry”, left unused. Did you mean country?',
      '<customs-forum-card>: Unknown attribute “hidesource”, left unused. Did you mean hide-source?',
    ]);
    expect(events.map((event) => [event.detail.attribute, event.detail.value])).to.deep.equal([
      ['contry', 'TH'],
      ['hidesource', ''],
    ]);
    expect(events[0].detail.accepted).to.include('country');
    expect(events.map((event) => Object.keys(event.detail).sort())).to.deep.equal([FIELDS, FIELDS]);
    expect(errors).to.deep.equal([]);
  });

  it('only warns, once, where what is shown is still right: a typo beside the real attribute, or the start of one', async () => {
    const { warnings, events } = await watch(async () => {
      const host = await fixture(html`<div>
        <compliance-links country="TH" contry="TH"></compliance-links>
        <customs-fact-file org="wco" heading="3"></customs-fact-file>
      </div>`);
      for (const el of host.children) await (el as Updating).updateComplete;
      // The check loads the notices module first.
      await new Promise((resolve) => setTimeout(resolve, 100));
      (host.children[0] as HTMLElement & { compact: boolean }).compact = true;
      await (host.children[0] as Updating).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const el of host.children) expect(el.shadowRoot!.querySelector('[part=notice]'), el.localName).to.be.null;
    });
    expect(warnings).to.deep.equal([
      '<compliance-links>: Unknown attribute “contry”, left unused. Did you mean country?',
      '<customs-fact-file>: Unknown attribute “heading”, left unused. Did you mean heading-level?',
    ]);
    expect(events.map((event) => [event.detail.attribute, event.detail.value])).to.deep.equal([
      ['contry', 'TH'],
      ['heading', '3'],
    ]);
  });

  it('accepts a country named in the element’s language', async () => {
    const { warnings } = await watch(async () => {
      const host = await fixture(html`<div lang="fr">
        <compliance-links country="Singapour, Thaïlande"></compliance-links>
        <customs-contributions country="singapour"></customs-contributions>
      </div>`);
      const [links, contributions] = [...host.children] as Updating[];
      await waitUntil(() => textOf(links).includes('Singapore') && textOf(contributions).includes('Singapore'), 'French names were not understood');
      expect(parts(links, '[part=notice]')).to.deep.equal([]);
      expect(parts(links, '[part=country]').map((country) => country.querySelector('h3, h4')?.textContent?.trim() ?? '')).to.have.length(2);
      expect(parts(contributions, '[part=notice]')).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('keeps error details alike for data, render and missing-value mistakes', async () => {
    const { events } = await watch(async () => {
      const card = await fixture<Updating & { data: unknown }>(html`<customs-forum-card forum=""></customs-forum-card>`);
      await card.updateComplete;
      card.data = [{ id: 1 }];
      await card.updateComplete;
      await waitUntil(() => parts(card, '[part=notice] p').length >= 2, 'no data notice');
    });
    expect(events.length).to.be.at.least(2);
    for (const event of events) expect(Object.keys(event.detail).sort(), event.detail.message).to.deep.equal(FIELDS);
  });
});
