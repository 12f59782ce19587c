/**
 * Prerendered elements (see `prerender`) arrive with their content in a declarative shadow root,
 * readable and styled before any script runs. Instead of rendering again they hydrate: Lit adopts
 * the server's DOM. This module is loaded only by a page that has such elements.
 *
 * Hydration waits until it is needed, so it never delays the page's first paint and no task grows
 * long with it: it starts when a reader points at, touches or focuses the element, when one of its
 * attributes or a `lang` on the page changes, or else in idle time, one element per idle period.
 * An element nested in another's content (the forum list's cards) hydrates with its parent.
 */
import { hydrate } from '@lit-labs/ssr-client';
import { LitElement, ReactiveElement, adoptStyles, type PropertyValues } from 'lit';
import type { CustomsElement } from './customs-element.js';
import { DIGEST_PREFIX, changesBetween, digestOf } from './digest.js';
import type { HydrationController } from './hydration-controller.js';

/** Elements waiting to be needed, in document order, and those waiting for their parent: how to connect each. */
const waiting = new Map<LitElement, () => void>();
const nested = new Map<LitElement, () => void>();
let idleScheduled = false;
const INTERACTIONS = ['pointerenter', 'pointerdown', 'touchstart', 'focusin', 'keydown'];

const idle: (callback: () => void) => void =
  typeof requestIdleCallback === 'function' ? (callback) => requestIdleCallback(callback, { timeout: 2000 }) : (callback) => setTimeout(callback, 50);

function hydrateNextWhenIdle(): void {
  if (idleScheduled || !waiting.size) return;
  idleScheduled = true;
  idle(() => {
    idleScheduled = false;
    const [next] = waiting.keys();
    if (next) start(next);
    hydrateNextWhenIdle();
  });
}

function onInteraction(this: LitElement): void {
  start(this);
}

// A changed attribute of a waiting element, or a new language anywhere on the page: needed now.
let changes: MutationObserver | undefined;
function onChanges(records: MutationRecord[]): void {
  for (const { target, attributeName } of records) {
    if (attributeName === 'lang' && !waiting.has(target as LitElement)) [...waiting.keys()].forEach(start);
    else start(target as LitElement);
  }
}

/** Starts hydrating a waiting element: it connects, and its first update hydrates. */
function start(element: LitElement): void {
  const connect = waiting.get(element);
  if (!connect) return;
  waiting.delete(element);
  for (const type of INTERACTIONS) element.removeEventListener(type, onInteraction);
  if (!waiting.size) changes?.disconnect();
  connect();
}

/**
 * Hydrates a prerendered element once it is needed; `connect` connects it (its first update then
 * hydrates). One nested in another's content (Lit's server renderer marks it `defer-hydration`)
 * waits for its parent, which gives it its properties, then for its own turn.
 */
export function whenNeeded(element: LitElement, connect: () => void): void {
  if (element.hasAttribute('defer-hydration')) {
    nested.set(element, connect);
    return;
  }
  waiting.set(element, connect);
  for (const type of INTERACTIONS) element.addEventListener(type, onInteraction, { passive: true });
  changes ??= new MutationObserver(onChanges);
  changes.observe(element, { attributes: true });
  changes.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  hydrateNextWhenIdle();
}

/**
 * The first update of a prerendered element: adopts the server's DOM when it was rendered from
 * what the browser has now. Otherwise, or when Lit finds the DOM does not match, it warns once
 * and renders afresh rather than keep stale text. Then the element renders once more, live.
 */
export function hydrateOrRender(element: LitElement, changed: PropertyValues, controller: HydrationController): void {
  const root = element.shadowRoot!;
  const stamp = [...root.childNodes].find((node): node is Comment => node instanceof Comment && node.data.startsWith(DIGEST_PREFIX));
  let detail: unknown[] = [];
  let problem = stamp ? changesBetween(stamp.data.slice(DIGEST_PREFIX.length), digestOf(element as CustomsElement)).join('; ') : '';
  void element.updateComplete.then(() => {
    controller.goLive();
    // Render again only where there are controls to bring to life.
    if (root.querySelector('[aria-disabled]')) element.requestUpdate();
  });
  if (!problem) {
    const value = (element as unknown as { render(): unknown }).render();
    try {
      (ReactiveElement.prototype as unknown as Updating).update.call(element, changed);
      hydrate(value, root, element.renderOptions);
      // Lit has given the nested elements their properties: they wait their turn like the others.
      for (const [child, connect] of nested) {
        if (child.getRootNode() !== root) continue;
        nested.delete(child);
        child.removeAttribute('defer-hydration');
        whenNeeded(child, connect);
      }
      return;
    } catch (error) {
      // Lit's own words ("Hydration value mismatch…") follow the message, for a developer.
      problem = 'its markup is not what this library renders from the same inputs (was the page edited after it was prerendered?)';
      detail = [error];
    }
  }
  console.warn(`<${element.localName}>: the prerendered content is out of date (${problem}); it was rendered afresh.`, ...detail);
  for (const child of nested.keys()) if (child.getRootNode() === root) nested.delete(child);
  root.replaceChildren();
  adoptStyles(root, (element.constructor as typeof LitElement).elementStyles);
  controller.goLive();
  (LitElement.prototype as unknown as Updating).update.call(element, changed);
}

interface Updating {
  update(changed: PropertyValues): void;
}
