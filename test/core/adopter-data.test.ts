import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import type { CustomsForumCard } from '../../src/elements/customs-forum-card/customs-forum-card.js';
import type { WorkingGroupTable } from '../../src/elements/working-group-table/working-group-table.js';
import { DataController } from '../../src/core/data-controller.js';
import type { Body } from '../../src/data/schema.js';
import { part, parts, textOf, watch } from '../helpers.js';

const fixtureUrl = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;
const heading = (el: Element) => part(el, 'h2').textContent!.replace(/\s+/g, ' ').trim();
const notice = (el: Element) => el.shadowRoot!.querySelector('[part=notice]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Renders a card with src, waits until the load has ended one way or the other. */
async function cardFrom(src: string) {
  let el!: CustomsForumCard;
  const watched = await watch(async () => {
    el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco" src=${src}></customs-forum-card>`);
    await waitUntil(() => notice(el) || heading(el).includes('adopter'), 'src load did not settle', { timeout: 5000 });
    await el.updateComplete;
  });
  return { el, ...watched };
}

describe('adopter data', () => {
  it('src: a JSON file in the schema replaces the bundled data', async () => {
    const { el, events, errors } = await cardFrom(fixtureUrl('forums.json.txt'));
    expect(heading(el)).to.contain('World Customs Organization (adopter copy)');
    expect(textOf(el)).to.contain('An agency’s own statement, from its own file.');
    expect(notice(el)).to.equal('');
    expect(events).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  const failures: [string, () => string, RegExp][] = [
    ['a 404', () => fixtureUrl('missing.json'), /the server answered 404/],
    ['invalid JSON', () => fixtureUrl('not-json.json.txt'), /it is not valid JSON/],
    ['a wrong shape', () => fixtureUrl('wrong-shape.json.txt'), /the file must be a list/],
    ['a network error', () => 'http://127.0.0.1:9/forums.json', /the server could not be reached/],
  ];
  for (const [what, src, reason] of failures) {
    it(`src: on ${what}, keeps the bundled data and says what happened`, async () => {
      const { el, warnings, events, errors } = await cardFrom(src());
      expect(heading(el)).to.equal('World Customs Organization (WCO)');
      expect(notice(el)).to.match(reason).and.to.contain('The built-in data is shown instead.');
      expect(warnings).to.have.length(1);
      expect(events).to.have.length(1);
      expect(events[0].detail.attribute).to.equal('src');
      expect(errors).to.deep.equal([]);
    });
  }

  it('src: no answer in time keeps the bundled data (time-out shortened for the test)', async () => {
    const saved = DataController.timeout;
    DataController.timeout = 300;
    try {
      const { el, events } = await cardFrom('/slow-data');
      expect(notice(el)).to.contain('there was no answer within 10 seconds');
      expect(heading(el)).to.equal('World Customs Organization (WCO)');
      expect(events).to.have.length(1);
    } finally {
      DataController.timeout = saved;
    }
  });

  it('an inline <script type="application/json"> child replaces the bundled data', async () => {
    const el = await fixture<WorkingGroupTable>(html`<working-group-table>
      <script type="application/json">
        [{ "id": "x-wg", "name": "Example Working Group", "kind": "sectoral", "established": "2024", "sources": [{ "source": "asean-customs-overview" }] }]
      </script>
    </working-group-table>`);
    expect(parts(el, 'tbody th').map((th) => th.textContent)).to.deep.equal(['Example Working Group']);
    expect(notice(el)).to.equal('');
  });

  it('an inline script that is not JSON leaves the bundled data and says so', async () => {
    const el = await fixture<WorkingGroupTable>(html`<working-group-table><script type="application/json">{ nope</script></working-group-table>`);
    expect(parts(el, 'tbody th')).to.have.length(8);
    expect(notice(el)).to.contain('The data from the inline JSON script could not be used: it is not valid JSON.');
  });

  it('the data property is validated: a wrong record is named, the data before it stays', async () => {
    const el = await fixture<WorkingGroupTable>(html`<working-group-table></working-group-table>`);
    const { events, warnings, errors } = await watch(async () => {
      el.data = [{ id: 'bad', name: 'Bad', kind: 'sectoral', established: 'last year', sources: [] }] as unknown as Body[];
      await el.updateComplete;
    });
    expect(parts(el, 'tbody th')).to.have.length(8);
    // The reader is told in plain words which record and field; the page gets the schema's own.
    expect(notice(el)).to.equal(
      'The data from the data property could not be used: “established” in record “bad” must be a date written YYYY, YYYY-MM or YYYY-MM-DD (and 1 more problem, listed in the browser console). The built-in data is shown instead.',
    );
    const technical = 'bodies.json › "bad" › established: must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
    expect(events).to.have.length(1);
    expect(events[0].detail.problems).to.have.length(2).and.to.include(technical);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(technical);
    expect(errors).to.deep.equal([]);
    el.data = [{ id: 'ok', name: 'Good Group', kind: 'sectoral', sources: [{ source: 'asean-customs-overview' }] }];
    await el.updateComplete;
    expect(parts(el, 'tbody th').map((th) => th.textContent)).to.deep.equal(['Good Group']);
    expect(notice(el)).to.equal('');
  });

  it('survives data that is not even an object', async () => {
    const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="asem"></customs-forum-card>`);
    const { errors } = await watch(async () => {
      for (const value of [null, 42, 'forums', {}, [null], [{}]]) {
        el.data = value as never;
        await el.updateComplete;
        expect(heading(el)).to.contain('Asia-Europe Meeting');
      }
    });
    expect(errors).to.deep.equal([]);
  });

  it('keeps hostile data inert: markup stays text, only safe links survive', async () => {
    const ref = [{ source: 'asean-customs-overview' }];
    const el = await fixture<WorkingGroupTable>(html`<working-group-table columns="name,description"></working-group-table>`);
    el.data = [
      { id: 'x', name: '<img src=x onerror="window.pwned=1">', kind: 'sectoral', description: '<script>window.pwned=1</script>', sources: ref },
    ];
    await el.updateComplete;
    expect(part(el, 'tbody th').textContent).to.equal('<img src=x onerror="window.pwned=1">');
    expect(el.shadowRoot!.querySelector('img, tbody script')).to.be.null;
    expect((window as unknown as { pwned?: number }).pwned).to.be.undefined;

    const card = await fixture<CustomsForumCard>(html`<customs-forum-card forum="x"></customs-forum-card>`);
    const forum = {
      id: 'x',
      name: 'X',
      acronym: 'X',
      established: '2000',
      description: 'd',
      url: 'javascript:window.pwned=1',
      participation: [],
      sources: ref,
    };
    card.data = [forum];
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('a[href^="javascript"]')).to.be.null;
    card.data = [{ ...forum, url: 'https://example.org/' }];
    await card.updateComplete;
    expect(part<HTMLAnchorElement>(card, 'a[href="https://example.org/"]').rel).to.equal('noopener noreferrer');
  });
});
