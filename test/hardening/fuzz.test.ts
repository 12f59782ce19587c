/**
 * Thousands of random attribute values across every element: nothing escapes to the page, and
 * every element still shows either content or a notice. Seeded, so a failure reproduces.
 */
import { expect } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import { watch } from '../helpers.js';

const ATTRIBUTES: Record<string, string[]> = {
  'customs-forum-card': ['forum'],
  'customs-forum-list': ['forums'],
  'compliance-links': ['country'],
  'working-group-table': ['bodies', 'columns', 'sort', 'filter', 'searchable'],
  'customs-org-chart': ['root', 'depth'],
  'customs-timeline': ['org', 'from', 'to', 'order'],
  'customs-fact-file': ['org'],
  'customs-activity-list': ['org'],
  'customs-contributions': ['country'],
  'customs-dialogue-partners': [],
  'customs-document-list': ['category'],
};
const SHARED = ['heading-level', 'lang', 'compact', 'hide-source'];

/** Small deterministic PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLES = [
  '', ' ', ',', ',,,', '-', '--name', '0', '-1', '7', '1e9', 'NaN', 'Infinity', '3.5', '__proto__', 'constructor',
  'toString', 'hasOwnProperty', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '${x}', '{{x}}',
  'javascript:alert(1)', 'SG', 'sg,,MY', 'wco', 'WCO, asem', 'swg-acts', '-established', 'desc', '1999', '2019',
  'fr', 'xx-YY', 'zh-Hant-TW', 'null', 'undefined', 'true', 'false', '🇸🇬', 'Ünïcödé', 'مرحبا', '\u0000', '\u202e',
  '\n\t', 'a'.repeat(100_000), 'wco,'.repeat(2000),
];

describe('fuzzing every attribute', () => {
  it('3,000 random values: no uncaught error, always content or a notice', async function () {
    this.timeout(120_000);
    const next = random(20261122);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const elements = Object.keys(ATTRIBUTES).map((tag) => document.body.appendChild(document.createElement(tag)));
    const blank: string[] = [];
    const { errors } = await watch(async () => {
      for (let i = 0; i < 3000; i++) {
        const el = pick(elements) as HTMLElement & { updateComplete: Promise<unknown> };
        const attribute = pick([...ATTRIBUTES[el.localName], ...SHARED]);
        const value = next() < 0.1 ? String(Math.floor(next() * 1e6) - 5e5) : pick(SAMPLES);
        if (next() < 0.1) el.removeAttribute(attribute);
        else el.setAttribute(attribute, value);
        await el.updateComplete;
        if (!el.shadowRoot?.textContent?.trim()) blank.push(`${el.localName} ${attribute}="${value.slice(0, 30)}"`);
      }
    });
    elements.forEach((el) => el.remove());
    expect(errors).to.deep.equal([]);
    expect(blank).to.deep.equal([]);
  });
});
