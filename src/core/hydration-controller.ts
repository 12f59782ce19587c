/**
 * Whether an element arrived prerendered (see `prerender`): its content then came in a declarative
 * shadow root, readable before any script ran, and its first update hydrates that content instead
 * of rendering it again. The code that hydrates (`hydration.ts`) is loaded only by a page that has
 * such elements; it starts an element's hydration when the element is needed.
 */
import { isServer, type LitElement, type PropertyValues } from 'lit';

type HydrationModule = typeof import('./hydration.js');

export class HydrationController {
  /** Controls work: not on the server, nor in prerendered content until it has hydrated. */
  #live = !isServer;
  /** Set once the element is needed: its next update hydrates. */
  #due?: HydrationModule;

  constructor(readonly host: LitElement) {}

  /** Whether the element's controls work (sort buttons, filter box, country select); until then they render `aria-disabled`. */
  get live(): boolean {
    return this.#live;
  }

  /**
   * From the element's `connectedCallback`: when it arrived prerendered, it waits to be needed and
   * `connect` (the usual connection) runs then; returns whether it waits. If the code to hydrate
   * cannot be loaded, the prerendered content stays, readable.
   */
  deferConnection(connect: () => void): boolean {
    const host = this.host;
    if (isServer || host.hasUpdated || !host.shadowRoot) return false;
    if (this.#live) {
      this.#live = false;
      void import('./hydration.js').then((hydration) =>
        hydration.whenNeeded(host, () => {
          this.#due = hydration;
          connect();
        }),
      );
    }
    return true;
  }

  /** The render root while hydration is due: the prerendered shadow root, kept as it is. */
  renderRoot(): ShadowRoot | undefined {
    return this.#due ? (this.host.shadowRoot ?? undefined) : undefined;
  }

  /** From the element's `update`: hydrates when due, and returns whether it did the update. */
  update(changed: PropertyValues): boolean {
    const hydration = this.#due;
    if (!hydration) return false;
    this.#due = undefined;
    hydration.hydrateOrRender(this.host, changed, this);
    return true;
  }

  /** Called once the element has hydrated (or rendered afresh): its controls work. */
  goLive(): void {
    this.#live = true;
  }
}
