import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import type { CustomsForumCard } from '../../src/elements/customs-forum-card/customs-forum-card.js';
import type { WorkingGroupTable } from '../../src/elements/working-group-table/working-group-table.js';
import type { Body } from '../../src/data/schema.js';
import { part, parts, watch } from '../helpers.js';

const heading = (el: Element) => part(el, 'h2').textContent!.replace(/\s+/g, ' ').trim();
const notice = (el: Element) => el.shadowRoot!.querySelector('[part=notice]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** JSON text of `count` empty records: each lacks every field a record needs. */
const emptyRecords = (count: number) => `[${Array(count).fill('{}').join(',')}]`;
const MiB = 1_048_576;

/** A card whose `src` is this text, served as a file (a blob URL, which says its length) or as a data URL (which does not). */
async function cardFrom(text: string, as: 'blob' | 'data' = 'blob', lang = 'en') {
  const src = as === 'blob' ? URL.createObjectURL(new Blob([text], { type: 'application/json' })) : `data:application/json,${encodeURIComponent(text)}`;
  let el!: CustomsForumCard;
  try {
    const watched = await watch(async () => {
      el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco" lang=${lang} src=${src}></customs-forum-card>`);
      // Generous: the time a busy machine may take, not a speed requirement (npm run bench measures that).
      await waitUntil(() => notice(el), 'no notice', { timeout: 20_000 });
      await el.updateComplete;
    });
    return { el, ...watched };
  } finally {
    if (as === 'blob') URL.revokeObjectURL(src);
  }
}

describe('adopter data: limits', () => {
  it('src: 100,000 bad records give a notice and at most 20 problems', async function () {
    this.timeout(60_000);
    const { el, events, warnings, errors } = await cardFrom(emptyRecords(100_000));
    expect(heading(el)).to.equal('World Customs Organization (WCO)');
    expect(notice(el)).to.contain('“id” is missing in record 1').and.to.contain('and more problems: the first 20 are listed in the browser console');
    expect(events).to.have.length(1);
    expect(events[0].detail.problems).to.have.length(20);
    expect(events[0].detail.problems[0]).to.equal('forums.json › [0] › id: is missing');
    expect(warnings).to.have.length(1);
    expect(warnings[0].split('\n')).to.have.length.at.most(21);
    expect(errors).to.deep.equal([]);
  });

  it('src: a file over 1 MiB is refused before it is read, the bundled data stays', async function () {
    this.timeout(60_000);
    const { el, events, errors } = await cardFrom(emptyRecords(Math.ceil(MiB / 3)));
    expect(heading(el)).to.equal('World Customs Organization (WCO)');
    expect(notice(el)).to.equal(
      `The data from “${events[0].detail.value}” could not be used: it is larger than 1 MiB (1,048,576 bytes), the most an element reads. The built-in data is shown instead.`,
    );
    expect(events[0].detail.problems).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('src: a file over 1 MiB is refused too when its length is not said up front', async function () {
    this.timeout(60_000);
    const { el } = await cardFrom(emptyRecords(Math.ceil(MiB / 3)), 'data');
    expect(heading(el)).to.equal('World Customs Organization (WCO)');
    expect(notice(el)).to.contain('it is larger than 1 MiB');
  });

  it('src: the size notice in French', async function () {
    this.timeout(60_000);
    const { el } = await cardFrom(emptyRecords(Math.ceil(MiB / 3)), 'blob', 'fr');
    expect(notice(el)).to.contain('elles dépassent 1 Mio (1 048 576 octets)').and.to.contain('Les données intégrées sont affichées.');
  });

  it('an inline script over 1 MiB is refused, the bundled data stays', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = `[${' '.repeat(MiB)}]`;
    const el = document.createElement('working-group-table') as WorkingGroupTable;
    el.append(script);
    const { events } = await watch(async () => {
      await fixture(el);
      await waitUntil(() => notice(el), 'no notice', { timeout: 20_000 });
    });
    expect(parts(el, 'tbody th')).to.have.length(8);
    expect(notice(el)).to.contain('The data from the inline JSON script could not be used: it is larger than 1 MiB');
    expect(events).to.have.length(1);
  });

  it('the data property: 100,000 bad records give at most 20 problems', async function () {
    this.timeout(60_000);
    const el = await fixture<WorkingGroupTable>(html`<working-group-table></working-group-table>`);
    const { events } = await watch(async () => {
      el.data = Array.from({ length: 100_000 }, () => ({})) as Body[];
      await waitUntil(() => notice(el), 'no notice', { timeout: 20_000 });
    });
    expect(parts(el, 'tbody th')).to.have.length(8);
    expect(events[0].detail.problems).to.have.length(20);
    expect(notice(el)).to.contain('and more problems');
  });

  it('src: a valid file of many records is shown, checked in parts', async function () {
    this.timeout(60_000);
    const record = { id: 'x', name: 'Adopter forum', acronym: 'X', established: '2000', description: 'D', participation: [], sources: [{ source: 's' }] };
    const forums = [{ ...record, id: 'wco', name: 'World Customs Organization (adopter copy)' }, ...Array.from({ length: 5_000 }, (_, i) => ({ ...record, id: `f-${i}` }))];
    const src = URL.createObjectURL(new Blob([JSON.stringify(forums)], { type: 'application/json' }));
    try {
      const el = await fixture<CustomsForumCard>(html`<customs-forum-card forum="wco" src=${src}></customs-forum-card>`);
      await waitUntil(() => heading(el).includes('adopter copy') || notice(el), 'src load did not settle', { timeout: 20_000 });
      expect(notice(el)).to.equal('');
      expect(heading(el)).to.contain('adopter copy');
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});
