import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataFileName } from '../data/schema.js';
import type { AdopterSource, Origin } from './adopter-data.js';
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

/** The adopter-data module once loaded (adopter data is then checked as it is given), and its loading: a cache of the one import, shared by every element. */
let adopterData: AdopterData | undefined;
let loading: Promise<AdopterData> | undefined;

/** Loads the adopter-data module (the prerenderer does first, so a render on the server shows adopter data). @internal */
export function loadAdopterData(): Promise<AdopterData> {
  return (loading ??= import('./adopter-data.js').then((loaded) => (adopterData = loaded)));
}

/**
 * An element's data: the bundled default, replaced by what an adopter gives through the `data`
 * property, an inline `<script type="application/json">` child or `src`. Adopter data is shown
 * only once it passes the element's schema. Everything about adopter data (the check, the
 * request, the words for failures) is in `adopter-data.ts`, loaded the first time an element has
 * some, never for bundled data: from then on this controller hands the element's adopter data
 * and its `src` to an `AdopterSource` of that module, and shows what it accepts.
 * Whatever goes wrong, the data shown so far stays and a notice says why until data is given again.
 *
 * The element declares its data once, `readonly dataSource = new DataController(this, 'forums', forums)`;
 * its `data` property, its updates (which wait for `pending`) and its data notice go through it.
 */
export class DataController<T> implements ReactiveController {
  /** How long (ms) a `src` request may take before the data shown so far is kept. */
  static timeout = 10_000;

  /** The data shown: the bundled default, or the last adopter data that passed the schema. */
  value: T;

  /** What handles the element's adopter data, made once the adopter-data module is loaded. */
  #source?: AdopterSource;
  /** The adopter-data module loading, then the work the source was handed meanwhile. */
  #loading?: Promise<void>;
  /** Whether the element has adopter data (or a `src`): from then on all of it goes to the source, in order. */
  #adopting = false;
  #inlineRead = false;

  constructor(
    readonly host: DataHost,
    readonly file: DataFileName,
    bundled: T,
  ) {
    this.value = bundled;
    host.addController(this);
  }

  /** Takes adopter data (the `data` property); it is shown once it passes the schema, otherwise a notice says why. */
  give(content: unknown): void {
    // The data shown given again (a list hands its own to its cards) loads nothing.
    if (this.#adopting || content !== this.value) this.#adopt((source) => source.give(content));
  }

  /** Takes adopter data as JSON text: what an inline script holds, or what the prerenderer read from `src`. */
  receive(text: string, origin: Origin): void {
    this.#adopt((source) => source.read(text, origin));
  }

  /** The notice for the last adopter data not used, in a language. */
  notice(lang: string): CustomsErrorDetail | undefined {
    return this.#source?.notice(lang);
  }

  /** The strings the notice needs, once adopter data has been given. */
  get catalogs(): Catalog<object>[] {
    return adopterData ? [adopterData.strings] : [];
  }

  /** What the element's next update waits for: the adopter-data module loading, or adopter data being checked. */
  get pending(): Promise<void> | undefined {
    return adopterData ? this.#source?.pending : this.#loading;
  }

  /** Shows content that passed the schema. @internal */
  accept(content: object): void {
    this.value = content as T;
  }

  hostConnected(): void {
    if (!this.#inlineRead) {
      this.#inlineRead = true;
      const script = isServer ? null : this.host.querySelector(':scope > script[type="application/json"]');
      if (script) this.receive(script.textContent ?? '', 'inline');
    }
    // With adopter data, the source follows `src` (a request cut short by a move in the page starts
    // again). Before, only a prerendered element asks for `src` here: it hydrates once it has that
    // data. A live one asks as it updates.
    if (this.#adopting || (!this.host.hydration.live && this.host.src.trim())) this.#adopt((source) => source.follow(true));
  }

  hostUpdate(): void {
    if (this.#adopting || this.host.src.trim()) this.#adopt((source) => source.follow(false));
  }

  hostDisconnected(): void {
    this.#source?.hostDisconnected();
  }

  /**
   * Hands `work` to the adopter source: at once when the adopter-data module is loaded, else once
   * it is, the element's updates waiting for it.
   */
  #adopt(work: (source: AdopterSource) => void): void {
    this.#adopting = true;
    const start = (adopter: AdopterData) => work((this.#source ??= new adopter.AdopterSource(this)));
    if (adopterData) start(adopterData);
    else {
      // Work handed over meanwhile waits on the one import: it runs in the order it came, and the
      // last to come is the last done.
      this.#loading = loadAdopterData()
        .then(start)
        // The module could not be fetched: adopter data cannot be checked, so it is not used.
        .catch(() => (this.#loading = undefined));
      this.host.requestUpdate();
    }
  }
}
