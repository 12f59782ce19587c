/**
 * A screen reader announces every heading and link as the page writes it, spaces included, on a
 * live page and on a prerendered one: "World Customs Organization (WCO)", never
 * "World Customs Organization(WCO)". Read from the browser's own accessibility tree, which only
 * Chromium's automation offers here (CDP); the test skips itself in Firefox and WebKit.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import registry from '../src/elements/registry.json';
import '../src/customs-widgets.js';
import { describeBothWays, fixture } from './fixture.js';
import { engine } from './helpers.js';

interface Named {
  role: string;
  name: string;
}

/** Every element in the registry's example form, and the other forms that render other headings and links. */
const EXAMPLES = [
  ...registry.map(({ tag, example }) => `<${tag}${Object.entries(example).map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`),
  '<customs-forum-card forum="asean"></customs-forum-card>',
  '<compliance-links></compliance-links>',
  '<customs-activity-list org="asean"></customs-activity-list>',
];

/** The headings and links a reader meets in a subtree (shadow roots included), each named by its text as laid out. */
function written(root: ParentNode): Named[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => [
    ...(/^h[1-6]$/.test(el.localName) || (el.localName === 'a' && el.hasAttribute('href'))
      ? [{ role: el.localName === 'a' ? 'link' : 'heading', name: el.innerText.replace(/\s+/g, ' ').trim() }]
      : []),
    ...(el.shadowRoot ? written(el.shadowRoot) : []),
  ]);
}

const sorted = (names: Named[]) => names.map(({ role, name }) => `${role}: ${name}`).sort();

describeBothWays('headings and links, as a screen reader announces them', () => {
  before(function () {
    if (engine() !== 'chromium') this.skip();
  });

  for (const lang of ['en', 'fr']) {
    for (const markup of EXAMPLES) {
      const tagged = markup.replace(/^<([\w-]+)/, `<$1 lang="${lang}"`);
      it(`${tagged}: every heading and link is named as written`, async () => {
        const el = await fixture(tagged);
        const expected = sorted(written(el.parentElement!));
        expect(expected.length, 'headings and links').to.be.greaterThan(0);
        const named = (await executeServerCommand('accessible-names')) as Named[];
        expect(sorted(named)).to.deep.equal(expected);
      });
    }
  }
});
