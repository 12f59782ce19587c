/**
 * Attaching and detaching elements thousands of times leaks nothing: after forced garbage
 * collection no detached element is still reachable (the browser runs with --expose-gc).
 */
import { expect } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import registry from '../../src/elements/registry.json';
import { engine } from '../helpers.js';

const TAGS = registry.map((entry) => entry.tag);

const gc = (globalThis as unknown as { gc?: (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void }).gc;

/**
 * Collects until every ref is cleared or 2 s have passed: work still settling (an aborted request,
 * a last microtask) may hold an element for a moment; a leak holds it for good.
 */
async function collect(refs: WeakRef<Element>[]): Promise<number> {
  let alive = refs.length;
  for (let i = 0; i < 40 && alive; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A full collection run as its own task, with no script on the stack: a value that merely
    // lingers on the stack of this test cannot keep an element alive.
    await gc!({ type: 'major', execution: 'async' });
    alive = refs.filter((ref) => ref.deref() !== undefined).length;
  }
  return alive;
}

describe('attaching and detaching', () => {
  it('2,200 elements attached, rendered, moved and removed: every one is collected', async function () {
    // Forcing a collection needs gc(), which only Chromium exposes to pages (--js-flags=--expose-gc);
    // without it, a WeakRef may outlive its element for any length of time and prove nothing.
    if (engine() !== 'chromium') this.skip();
    this.timeout(120_000);
    expect(gc, 'the test browser exposes gc()').to.be.a('function');
    const refs: WeakRef<Element>[] = [];
    const host = document.body.appendChild(document.createElement('div'));
    // The loop's mistakes are made on purpose: counted here, not printed 400 times.
    const warnings = new Map<string, number>();
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.set(args.join(' '), (warnings.get(args.join(' ')) ?? 0) + 1);
    try {
      for (let round = 0; round < 200; round++) {
        for (const tag of TAGS) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          el.setAttribute(tag.includes('contributions') || tag === 'compliance-links' ? 'country' : 'forum', 'SG');
          el.setAttribute('src', round % 50 === 0 ? 'http://127.0.0.1:9/none.json' : '');
          host.append(el);
          await el.updateComplete;
          document.body.append(el); // moved: disconnected and connected again
          el.remove();
          refs.push(new WeakRef(el));
        }
      }
    } finally {
      console.warn = warn;
    }
    // Each element reports its mistake once: the card its unknown forum, the list its misspelt attribute.
    expect(Object.fromEntries(warnings)).to.deep.equal({
      '<customs-forum-card>: Unknown forum “SG”. Accepted: wco, apec, asean, asem.': 200,
      '<customs-forum-list>: Unknown attribute “forum”, left unused. Did you mean forums?': 200,
    });
    host.remove();
    const alive = await collect(refs);
    expect(alive, `${alive} of ${refs.length} detached elements still reachable`).to.equal(0);
  });
});
