/**
 * The element tests' fixture: mounts a test's markup either client-rendered or prerendered and
 * then hydrated, so one specification runs both ways (Web Awesome's test fixture is the model).
 *
 *   describeBothWays('<customs-timeline>', () => {
 *     it('…', async () => {
 *       const el = await fixture<CustomsTimeline>(html`<customs-timeline org="wco"></customs-timeline>`);
 *
 * runs every test twice, in blocks named `<customs-timeline> (client-rendered)` and
 * `<customs-timeline> (prerendered)`. Client-rendered is @open-wc/testing's own fixture.
 * Prerendered:
 *  1. the template is rendered into an inert document, where custom elements do not upgrade, and
 *     read back as markup. A property binding such as `.data=${…}` cannot be written as markup:
 *     the fixture refuses it unless the test asks for `propertiesAfterHydration` (the property is
 *     then set on the hydrated element; client-rendered, the binding works as always);
 *  2. the test runner's `prerender` command (scripts/wtr-prerender.mjs) runs the project's
 *     prerenderer on it, in Node, from the sources;
 *  3. the result goes into the page with `setHTMLUnsafe`, which parses declarative shadow roots
 *     (Chromium, Firefox and WebKit all have it): the elements upgrade and wait, prerendered;
 *  4. a `pointerenter` on each element (also those nested in another's content, once their parent
 *     has hydrated) starts its hydration, as a reader's pointer would;
 *  5. once every element is live (`hydration.live`) and updated, the fixture checks that it
 *     hydrated rather than rendered afresh: no "prerendered content is out of date" warning, the
 *     first element the server rendered is still in the shadow root, and the text is the same.
 *     Otherwise it fails.
 * What happened is kept for the test: `hydrationOf(el)` gives the text before and after hydration
 * and the console output meanwhile. Containers are removed after each test.
 */
import { expect, fixture as clientFixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';

export const MODES = ['client-rendered', 'prerendered'] as const;
export type Mode = (typeof MODES)[number];

/** The mode of the block running now (set by `describeBothWays`). */
let current: Mode = 'client-rendered';

/**
 * Declares a block of tests once for each mode; `suite` gets the mode, for the few tests that
 * only make sense in one (say why next to them).
 */
export function describeBothWays(name: string, suite: (mode: Mode) => void): void {
  for (const mode of MODES) {
    describe(`${name} (${mode})`, () => {
      before(() => (current = mode));
      after(() => (current = 'client-rendered'));
      suite(mode);
    });
  }
}

export interface FixtureOptions {
  /** The mode for this fixture, whatever its block's. */
  mode?: Mode;
  /**
   * Prerendered: called once the prerendered markup is in the page, before any element hydrates
   * (they wait for the call to end), e.g. to make the content stale.
   */
  beforeHydration?: (element: Element) => void | Promise<void>;
  /** Prerendered: the content is expected to be stale and rendered afresh; the fixture does not fail on that (nor prints the warning). */
  expectStale?: boolean;
  /** Prerendered: property bindings, which markup cannot carry, are set once the elements have hydrated. */
  propertiesAfterHydration?: boolean;
}

/** What happened while a prerendered fixture hydrated. */
export interface Hydration {
  /** The text the reader had before hydration (shadow roots, nested ones included; styles left out). */
  before: string;
  /** The same text once hydrated. */
  after: string;
  /** Console output, errors and unhandled rejections while it hydrated, each as `level: text`. */
  messages: string[];
  /** Whether some element rendered afresh (its content was out of date). */
  fresh: boolean;
}

const hydrations = new WeakMap<Element, Hydration>();

/** What happened while a prerendered fixture hydrated; fails for a client-rendered one. */
export function hydrationOf(element: Element): Hydration {
  const hydration = hydrations.get(element);
  if (!hydration) throw new Error(`<${element.localName}> was not mounted prerendered`);
  return hydration;
}

const STALE = 'the prerendered content is out of date';

/** The shape of a customs-widgets element this file relies on. */
interface Hydrating extends HTMLElement {
  hasUpdated: boolean;
  isUpdatePending: boolean;
  updateComplete: Promise<boolean>;
  hydration: { live: boolean };
}

const isOurs = (node: Element): node is Hydrating => 'hydration' in node && node.localName.includes('-');

/** Every customs-widgets element in `root`, those in shadow roots too, parents before children. */
function elementsIn(root: ParentNode): Hydrating[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [...(isOurs(element) ? [element] : []), ...(element.shadowRoot ? elementsIn(element.shadowRoot) : [])]);
}

/** The text of a subtree as a reader gets it: shadow roots instead of their hosts' children, no styles. */
export function renderedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node instanceof Element && ['style', 'script', 'template', 'link'].includes(node.localName)) return '';
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(renderedText).join('');
}

/** A property binding of the template: the element's index in document order, the name and the value. */
type Property = [index: number, name: string, value: unknown];

/**
 * The markup of a template, rendered where no custom element upgrades (comments left out), and
 * its property bindings, which markup cannot carry.
 */
function markupOf(template: TemplateResult | string): { markup: string; properties: Property[] } {
  if (typeof template === 'string') return { markup: template, properties: [] };
  const inert = document.implementation.createHTMLDocument('');
  const holder = inert.body;
  render(template, holder, { creationScope: inert });
  // A property binding set an own property on the element, which stayed a plain HTMLElement.
  const properties = [...holder.querySelectorAll('*')].flatMap((element, index) =>
    Object.keys(element).map((name): Property => [index, name, (element as unknown as Record<string, unknown>)[name]]),
  );
  const comments = inert.createTreeWalker(holder, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.parentNode!.removeChild(comment);
  return { markup: holder.innerHTML, properties };
}

const containers: HTMLElement[] = [];

afterEach(() => {
  for (const container of containers) container.remove();
  containers.length = 0;
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Records console output and page errors until `stop()`; each message still reaches the console,
 * except an expected stale-content warning.
 */
function recordMessages(expectStale = false): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = levels.map((level) => console[level]);
  levels.forEach((level, i) => {
    console[level] = (...args: unknown[]) => {
      const message = `${level}: ${args.join(' ')}`;
      messages.push(message);
      if (!(expectStale && message.includes(STALE))) originals[i].apply(console, args);
    };
  });
  const onError = (event: ErrorEvent) => messages.push(`error event: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => messages.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    messages,
    stop() {
      levels.forEach((level, i) => (console[level] = originals[i]));
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Prerenders a template, puts it in the page and hydrates it; resolves to its first element. */
async function prerenderedFixture<T extends Element>(template: TemplateResult | string, options: FixtureOptions): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  const { markup: source, properties } = markupOf(template);
  if (properties.length && !options.propertiesAfterHydration) {
    const names = properties.map(([, name]) => `.${name}`).join(', ');
    throw new Error(`${names}: a property binding cannot be prerendered; keep the test client-rendered, or set the property after hydration (propertiesAfterHydration)`);
  }
  const lang = container.parentElement?.closest<HTMLElement>('[lang]')?.lang || undefined;
  const markup = await executeServerCommand<string, { html: string; lang?: string }>('prerender', { html: source, lang });
  if (typeof container.setHTMLUnsafe !== 'function') throw new Error('this browser cannot parse declarative shadow roots from a string (setHTMLUnsafe)');

  const recording = recordMessages(options.expectStale);
  let element: T;
  try {
    element = await hydrate<T>(container, markup, recording.messages, options);
  } finally {
    recording.stop();
  }
  if (properties.length) {
    const live = [...container.querySelectorAll('*')];
    for (const [index, name, value] of properties) (live[index] as unknown as Record<string, unknown>)[name] = value;
    await settle(container);
  }
  return element;
}

/** Puts prerendered markup in the container and hydrates every element in it (see the module comment). */
async function hydrate<T extends Element>(container: HTMLElement, markup: string, messages: string[], options: FixtureOptions): Promise<T> {
  // The elements upgrade here, find their prerendered shadow roots and wait to be needed.
  container.setHTMLUnsafe(markup);
  const element = container.firstElementChild as T | null;
  if (!element) throw new Error('the template has no element');
  const before = renderedText(container);
  const roots = elementsIn(container).map((el) => [el, el.shadowRoot, el.shadowRoot?.querySelector(':scope > :not(style, link)')] as const);
  const unrendered = roots.find(([, root]) => !root);
  if (unrendered) throw new Error(`<${unrendered[0].localName}> came without a prerendered shadow root`);
  await options.beforeHydration?.(element);

  // Each element is needed, as when a reader's pointer enters it; nested ones wait for their parent first.
  const deadline = performance.now() + 5000;
  for (;;) {
    const waiting = elementsIn(container).filter((el) => !el.hasUpdated || !el.hydration.live || el.isUpdatePending);
    if (!waiting.length) break;
    if (performance.now() > deadline) throw new Error(`<${waiting[0].localName}> did not hydrate within 5 s`);
    for (const el of waiting) if (!el.hasUpdated) el.dispatchEvent(new PointerEvent('pointerenter'));
    await tick();
  }
  await settle(container);

  const fresh = messages.some((message) => message.includes(STALE));
  if (fresh && !options.expectStale) throw new Error(`rendered afresh instead of hydrating:\n${messages.join('\n')}`);
  if (!fresh) {
    // Hydration adopts the server's DOM: what the server rendered is still there.
    const replaced = roots.find(([el, root, first]) => el.isConnected && first && first.getRootNode() !== root);
    if (replaced) throw new Error(`<${replaced[0].localName}>: the prerendered content was replaced, not hydrated`);
  }
  const after = renderedText(container);
  if (!fresh && after !== before) throw new Error(`the text changed as it hydrated:\nbefore: ${before}\nafter:  ${after}`);
  hydrations.set(element, { before, after, messages: [...messages], fresh });
  return element;
}

/** Waits until no customs-widgets element in `root` has an update pending. */
async function settle(root: ParentNode): Promise<void> {
  do {
    await Promise.all(elementsIn(root).map((el) => el.updateComplete));
    // Late work (a notice's module, data being checked) may ask for one more update.
    await tick();
  } while (elementsIn(root).some((el) => el.isUpdatePending));
}

/**
 * Mounts a lit `html` template (or a string of markup) as @open-wc/testing's `fixture` does, in the
 * block's mode (see `describeBothWays`) or `options.mode`; resolves to its first element once
 * rendered, or prerendered and hydrated.
 */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult | string, options: FixtureOptions = {}): Promise<T> {
  const mode = options.mode ?? current;
  return mode === 'prerendered' ? prerenderedFixture<T>(template, options) : clientFixture<T>(template);
}

/** Checks that a prerendered fixture hydrated cleanly: the same text before and after, nothing logged. */
export function expectCleanHydration(element: Element): void {
  const { before, after, messages, fresh } = hydrationOf(element);
  expect(fresh, 'hydrated, not rendered afresh').to.be.false;
  expect(after, 'the text after hydration').to.equal(before);
  expect(messages, 'console output while it hydrated').to.deep.equal([]);
}

/** The "out of date" warnings a prerendered fixture logged while it hydrated. */
export function staleWarnings(element: Element): string[] {
  return hydrationOf(element).messages.filter((message) => message.includes(STALE));
}

type Wanted = string | RegExp;

/** How an element's hydration is checked (see `describeHydration`). */
export interface HydrationSpec {
  /** A typical instance, without notices: the start tag, attributes included. */
  start: string;
  /** An attribute set to another value, and text only that value shows (or that only it hides). */
  attribute: { name: string; value: string } & ({ shows: Wanted } | { hides: Wanted });
  /** Text the element shows in French. */
  french: Wanted;
  /** Inline data (`<script type="application/json">`): the element's data, text in it to change, and the new text. */
  data: { json: unknown; from: string; to: string };
}

const includes = (text: string, wanted: Wanted): boolean => (typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text));

/** A check of rendered text, and what it looks for. */
type Expectation = [check: (text: string) => boolean, what: string];
const showing = (wanted: Wanted): Expectation => [(text) => includes(text, wanted), `shows ${wanted}`];

/**
 * The hydration checks every element gets, prerendered: it hydrates to the same text with no
 * console output, then follows an attribute change; content that went stale before hydration (an
 * attribute, the page's language, inline data changed) is rendered afresh, with exactly one warning.
 */
export function describeHydration(name: string, spec: HydrationSpec): void {
  const tag = /^<([a-z][\w-]*)/.exec(spec.start)![1];
  const markup = `${spec.start}</${tag}>`;
  const { attribute, french, data } = spec;
  const mode = 'prerendered';
  const changed: Expectation = 'shows' in attribute ? showing(attribute.shows) : [(text) => !includes(text, attribute.hides), `hides ${attribute.hides}`];

  describe(`${name} hydration (${mode})`, () => {
    it('reads the same before and after hydration, with no console output', async () => {
      const el = await fixture(markup, { mode });
      expectCleanHydration(el);
      expect(renderedText(el).trim()).not.to.equal('');
    });

    it(`after hydration, renders again when an attribute (${attribute.name}) changes`, async () => {
      const el = await fixture<Hydrating>(markup, { mode });
      const [check, what] = changed;
      expect(check(renderedText(el)), `before: ${what}`).to.be.false;
      el.setAttribute(attribute.name, attribute.value);
      await el.updateComplete;
      expect(check(renderedText(el)), what).to.be.true;
    });

    const stale: [string, string, (el: Element) => void, Expectation][] = [
      [`an attribute (${attribute.name})`, markup, (el) => el.setAttribute(attribute.name, attribute.value), changed],
      ['the page’s language', markup, (el) => ((el.parentElement as HTMLElement).lang = 'fr'), showing(french)],
      [
        'its inline data',
        `${spec.start}<script type="application/json">${JSON.stringify(data.json).replace(/</g, '\\u003c')}</script></${tag}>`,
        (el) => {
          const script = el.querySelector('script')!;
          script.textContent = script.textContent!.replaceAll(data.from, data.to);
        },
        showing(data.to),
      ],
    ];
    for (const [what, source, change, [check, shows]] of stale) {
      it(`renders afresh, with one warning, when ${what} changed between prerendering and hydration`, async () => {
        const el = await fixture<Hydrating>(source, { mode, beforeHydration: change, expectStale: true });
        expect(check(hydrationOf(el).before), `the prerendered text ${shows}`).to.be.false;
        expect(check(renderedText(el)), shows).to.be.true;
        expect(staleWarnings(el)).to.have.length(1);
        expect(staleWarnings(el)[0]).to.match(new RegExp(`^warn: <${tag}>: `));
        expect(el.hydration.live).to.be.true;
      });
    }
  });
}
