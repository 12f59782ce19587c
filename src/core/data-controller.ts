import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataFileName } from '../data/schema.js';
import type { Failure, Origin } from './adopter-data.js';
import type { CustomsErrorDetail } from './events.js';
import type { Catalog } from './localize.js';

type AdopterData = typeof import('./adopter-data.js');

/** What the data controller needs of its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** URL of a JSON file that replaces the bundled data. */
  src: string;
  /** Whether it is live: not on the server, nor while prerendered content has yet to hydrate. */
  readonly hydration: { readonly live: boolean };
}

/** Objects that passed the schema (and the bundled data, validated at build and test time): a cache shared by every element. */
const valid = new WeakSet<object>();

/** The adopter-data module, once loaded: adopter data is then checked as it is given (a cache of the one import). */
let adopterData: AdopterData | undefined;

/** Loads the adopter-data module (the prerenderer does first, so a render on the server shows adopter data). @internal */
export async function loadAdopterData(): Promise<AdopterData> {
  return (adopterData ??= await import('./adopter-data.js'));
}

/**
 * An element's data: the bundled default, replaced by what an adopter gives through the `data`
 * property, an inline `<script type="application/json">` child or `src`. Adopter data is shown
 * only once it passes the element's schema. What checks, fetches and words failures
 * (`adopter-data.ts`) is loaded the first time adopter data is given, never for bundled data.
 * Whatever goes wrong, the data shown so far stays and `failure` says why until data is given again.
 *
 * The element declares its data once, `readonly dataSource = new DataController(this, 'forums', forums)`;
 * its `data` property, its updates (which wait for `pending`) and its data notice go through it.
 */
export class DataController<T> implements ReactiveController {
  /** How long (ms) a `src` request may take before the data shown so far is kept. */
  static timeout = 10_000;

  /** The data shown: the bundled default, or the last adopter data that passed the schema. */
  value: T;
  /** Why the last adopter data was not used. */
  failure?: Failure;
  /** Adopter data being checked: the element's next update waits for it. */
  pending?: Promise<void>;

  /** The `src` last requested, and the request in flight. */
  #src = '';
  #request?: AbortController;
  #inlineRead = false;
  /** The data last given: a check that ends after newer data was given is dropped. @internal */
  latest?: unknown;

  constructor(
    readonly host: DataHost,
    readonly file: DataFileName,
    bundled: T,
  ) {
    this.value = bundled;
    valid.add(bundled as object);
    host.addController(this);
  }

  /** Takes adopter data; it is shown once it passes the schema, otherwise `failure` says why. */
  give(content: unknown, origin: Origin = 'property'): void {
    this.latest = content;
    if (content === this.value) return;
    // Already checked (WeakSet.has is false for anything but an object).
    if (valid.has(content as object)) {
      this.accept(content as object);
      this.host.requestUpdate();
      return;
    }
    this.#hold((adopter) => adopter.check(this, content, origin));
  }

  /** Takes adopter data as JSON text: what an inline script holds, or what the prerenderer read from `src`. */
  receive(text: string, origin: Origin): void {
    this.#hold((adopter) => adopter.read(this, text, origin));
  }

  /** The notice for the last failure, in a language. */
  notice(lang: string): CustomsErrorDetail | undefined {
    return this.failure && adopterData?.describe(this.failure, lang);
  }

  /** The strings the notice needs, once adopter data has been given. */
  get catalogs(): Catalog<object>[] {
    return adopterData ? [adopterData.strings] : [];
  }

  hostConnected(): void {
    if (!this.#inlineRead) {
      this.#inlineRead = true;
      const script = isServer ? null : this.host.querySelector(':scope > script[type="application/json"]');
      if (script) this.receive(script.textContent ?? '', 'inline');
    }
    // A prerendered element shows its `src` data: it hydrates once the browser has it too.
    if (!this.host.hydration.live) this.#load(this.host.src.trim(), true);
    // A request cut short by a move in the page starts again.
    else if (this.host.src.trim() !== this.#src) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const src = this.host.src.trim();
    // A removed element requests nothing: it asks again if it is put back.
    if (src !== this.#src && this.host.isConnected) this.#load(src);
  }

  hostDisconnected(): void {
    // Nothing in flight may keep a removed element alive.
    this.#request?.abort();
    this.#request = undefined;
    this.#src = '';
  }

  /**
   * Runs `work` with the adopter-data module: at once when it is loaded, else once it is, the
   * element's next update waiting for both.
   */
  #hold(work: (adopter: AdopterData) => void | Promise<void>): void {
    let done: void | Promise<void> = undefined;
    try {
      done = adopterData ? work(adopterData) : loadAdopterData().then(work);
    } catch {
      // Data that cannot even be checked is not used.
    }
    if (done) {
      const pending: Promise<void> = done
        // The module could not be fetched: the data cannot be checked, so it is not used.
        .catch(() => undefined)
        .finally(() => {
          if (this.pending === pending) this.pending = undefined;
          // Data given during an update is checked after it: show the outcome.
          this.host.requestUpdate();
        });
      this.pending = pending;
    }
    this.host.requestUpdate();
  }

  /** Shows content that passed the schema. @internal */
  accept(content: object): void {
    valid.add(content);
    this.value = content as T;
    this.failure = undefined;
  }

  /**
   * Fetches `src` (see `adopter-data.ts`); a newer `src` or leaving the page cancels it. With
   * `hold`, the element's next update waits for it.
   */
  #load(src: string, hold = false): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#src = src;
    if (!src || isServer) return;
    const { signal } = (this.#request = new AbortController());
    if (hold) this.#hold((adopter) => adopter.load(this, src, signal, DataController.timeout));
    else
      loadAdopterData()
        .then((adopter) => adopter.load(this, src, signal, DataController.timeout))
        .catch(() => undefined);
  }
}
