/**
 * What every element says to a reader, in English, US English and French: provenance without
 * bookkeeping words, and the dates the element writes itself (its `<time>`s, the card's
 * "Established", the source line) in the language's order. Data text stays as its source wrote it.
 */
import { expect } from '@open-wc/testing';
import registry from '../src/elements/registry.json';
import '../src/customs-widgets.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "8 August 1967", "11–13 June 2019". */
const DAY_FIRST = new RegExp(`\\b\\d{1,2}(–\\d{1,2})? (${MONTHS}) \\d{4}\\b`);
/** "August 8, 1967", "June 11–13, 2019". */
const MONTH_FIRST = new RegExp(`\\b(${MONTHS}) \\d{1,2}(–\\d{1,2})?, \\d{4}\\b`);
const BOOKKEEPING = /current page|earlier version|page actuelle|version antérieure/i;

/** The text of an element and of the elements nested in it, shadow roots included. */
function deepText(root: ParentNode): string {
  return [...root.childNodes]
    .map((node) => (node instanceof Element ? (node.shadowRoot ? deepText(node.shadowRoot) : '') + deepText(node) : node.nodeType === Node.TEXT_NODE ? node.textContent : ''))
    .join(' ');
}

/** Text the element writes itself, without the data's notes (`.secondary`) that follow it. */
function ownText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.secondary').forEach((note) => note.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** What the element formats itself: dates in `<time>`, the established dates of cards, the source line. */
function ownDates(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [
    ...(node.matches('time, [part=details] dd, [part=source], [part=as-of]') ? [ownText(node)] : []),
    ...(node.shadowRoot ? ownDates(node.shadowRoot) : []),
  ]);
}

async function render(lang: string): Promise<HTMLElement> {
  const host = document.body.appendChild(document.createElement('div'));
  host.lang = lang;
  for (const { tag, example } of registry) {
    const el = host.appendChild(document.createElement(tag));
    for (const [name, value] of Object.entries(example)) el.setAttribute(name, value);
  }
  host.insertAdjacentHTML('beforeend', '<customs-forum-card forum="asean"></customs-forum-card><customs-timeline org="wco"></customs-timeline>');
  for (const el of host.children) await (el as Updating).updateComplete;
  // Nested cards, and French strings, arrive a turn later.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const el of host.querySelectorAll('*')) await (el as Updating).updateComplete;
  for (const list of host.querySelectorAll('customs-forum-list')) for (const card of list.shadowRoot!.querySelectorAll('*')) await (card as Updating).updateComplete;
  return host;
}

describe('words a reader sees, in every element', () => {
  for (const lang of ['en', 'en-SG', 'en-US', 'fr']) {
    it(`says where facts come from without bookkeeping words (${lang})`, async () => {
      const host = await render(lang);
      for (const el of host.children) {
        const text = deepText(el.shadowRoot!);
        expect(text, el.localName).to.match(/Sources? ?:/);
        expect(text, el.localName).not.to.match(BOOKKEEPING);
      }
      host.remove();
    });
  }

  it('writes dates day first in English', async () => {
    const host = await render('en');
    const dates = ownDates(host);
    expect(dates.filter((text) => MONTH_FIRST.test(text))).to.deep.equal([]);
    expect(dates).to.include.members(['8 August 1967', '26 January 1953']);
    expect(dates.filter((text) => DAY_FIRST.test(text)).length).to.be.greaterThan(5);
    host.remove();
  });

  it('writes dates month first in US English', async () => {
    const host = await render('en-US');
    const dates = ownDates(host);
    expect(dates.filter((text) => DAY_FIRST.test(text)), 'day first').to.deep.equal([]);
    expect(dates).to.include.members(['August 8, 1967', 'January 26, 1953']);
    host.remove();
  });

  it('writes dates in French', async () => {
    const host = await render('fr');
    const dates = ownDates(host);
    expect(dates.filter((text) => new RegExp(`\\b(${MONTHS})\\b`).test(text))).to.deep.equal([]);
    expect(dates).to.include.members(['8 août 1967', '26 janvier 1953']);
    expect(dates.some((text) => text.includes('à jour en novembre 2009'))).to.equal(true);
    host.remove();
  });
});
