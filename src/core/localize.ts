/**
 * Languages. Data text stays in the language of its source; what the elements say themselves
 * (labels, notices, the source line; dates and lists: `format.ts`) follows the element's language.
 *
 * Each element keeps its own strings in a `Catalog`: English is bundled with it, other languages
 * are loaded the first time an element needs them, and `registerTranslation()` lets a page add
 * or override a language without a release.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** A language's strings for any of the scopes: `{ 'working-group-table': { filterBodies: '…' } }`. */
export type Translation = Record<string, Record<string, unknown>>;

/** Strings by lower-case language tag, then scope. Maps: `lang="constructor"` finds nothing. */
const translations = new Map<string, Map<string, Record<string, unknown>>>();

/** Adds strings; shipped ones go under what a page registered, a page's own over everything. */
function add(lang: string, translation: Translation, under = false): void {
  const key = lang.toLowerCase();
  const scopes = translations.get(key) ?? new Map<string, Record<string, unknown>>();
  for (const [scope, strings] of Object.entries(translation)) {
    const old = scopes.get(scope);
    scopes.set(scope, under ? { ...strings, ...old } : { ...old, ...strings });
  }
  translations.set(key, scopes);
  merged.clear();
}

/**
 * Adds (or overrides) the strings of a language, for the elements whose tags it names, and for
 * `shared` (the source line and notices) and `data` (notices about adopter data). Strings it
 * leaves out stay as shipped, or English. Elements already on the page re-render.
 *
 * ```js
 * import { registerTranslation } from 'customs-widgets';
 * registerTranslation('de', { shared: { source: 'Quelle', sources: 'Quellen' } });
 * ```
 */
export function registerTranslation(lang: string, translation: Translation): void {
  add(lang, translation);
  for (const controller of connected) controller.host.requestUpdate();
}

/** Merged strings per catalog and language, rebuilt when a translation is added. */
const merged = new Map<string, object>();

/** The language tags to try for a tag, least specific first: `fr`, `fr-ca`. */
function candidates(lang: string): string[] {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0];
  return primary === tag ? [tag] : [primary, tag];
}

/** One scope's strings: English bundled, other languages loaded on demand. */
export class Catalog<T extends object> {
  /** Each shipped language asked for: loading, or loaded (`true`). */
  #loads = new Map<string, Promise<void> | true>();

  constructor(
    readonly scope: string,
    readonly en: T,
    /** Languages that ship with the library, each loaded the first time it is needed. */
    readonly loaders: Record<string, () => Promise<{ default: Partial<T> }>> = {},
  ) {}

  /** The strings for a language tag, English where the language (or a string) is missing. */
  strings(lang: string): T {
    const key = `${this.scope}|${lang.toLowerCase()}`;
    let strings = merged.get(key) as T | undefined;
    if (!strings) {
      const layers = candidates(lang).map((tag) => translations.get(tag)?.get(this.scope));
      strings = Object.assign({}, this.en, ...layers) as T;
      merged.set(key, strings);
    }
    return strings;
  }

  /** Loads a shipped language the first time it is asked for; undefined when nothing is to load. */
  load(lang: string): Promise<void> | undefined {
    const tag = candidates(lang).find((candidate) => Object.hasOwn(this.loaders, candidate));
    if (!tag) return undefined;
    let load = this.#loads.get(tag);
    if (!load)
      this.#loads.set(
        tag,
        (load = this.loaders[tag]()
          .then((module) => add(tag, { [this.scope]: module.default as Record<string, unknown> }, true))
          // A language that cannot be loaded leaves English, as for any language without strings.
          .catch(() => undefined)
          .then(() => void this.#loads.set(tag, true))),
      );
    return load === true ? undefined : load;
  }
}

/** Every connected element's localize controller, for the one shared `lang` observer. */
const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
let renewing = false;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

function observe(): MutationObserver {
  const created = new MutationObserver(refreshAll);
  created.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return created;
}

/**
 * A subtree observer keeps a hold on nodes removed from the page until it next reports a change,
 * which for `lang` may be never: once the removals of a task are done, start observing afresh
 * (or stop, when no element is left), so removed elements can be collected.
 */
function renewObserver(): void {
  if (renewing) return;
  renewing = true;
  queueMicrotask(() => {
    renewing = false;
    if (!observer) return;
    const missed = observer.takeRecords().length > 0;
    observer.disconnect();
    observer = undefined;
    if (!connected.size) return;
    observer = observe();
    if (missed) refreshAll();
  });
}

/**
 * The language of an element: its own `lang`, else its nearest ancestor's, else `<html lang>`,
 * else English; kept current when any of those changes after the element rendered. One
 * MutationObserver serves every element on the page. It also holds the element's catalogs, and
 * loads their strings for a new language before the element updates.
 */
export class LocalizeController implements ReactiveController {
  /** The language inherited from the page, looked up on connection and whenever a `lang` changes. */
  #inherited = '';

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    /** The catalogs the element always uses: the shared strings, and its own. */
    readonly catalogs: readonly Catalog<object>[],
  ) {
    host.addController(this);
  }

  /** The BCP 47 tag in use, for strings and dates. */
  get lang(): string {
    return this.host.lang || this.#inherited || 'en';
  }

  /** A catalog's strings in the element's language. */
  strings<T extends object>(catalog: Catalog<T>): T {
    return catalog.strings(this.lang);
  }

  hostConnected(): void {
    if (isServer) return;
    connected.add(this);
    observer ??= observe();
    this.#inherited = this.#lookUp();
  }

  hostDisconnected(): void {
    connected.delete(this);
    renewObserver();
  }

  /**
   * Loads the strings of the current language for the element's catalogs and any others it needs
   * now (notices, adopter data); undefined when all are at hand.
   */
  prepare(others: readonly Catalog<object>[] = []): Promise<unknown> | undefined {
    const loads = [...this.catalogs, ...others].map((catalog) => catalog.load(this.lang)).filter(Boolean);
    return loads.length ? Promise.all(loads) : undefined;
  }

  #lookUp(): string {
    return this.host.parentElement?.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
  }

  /** Looks up the inherited language again; re-renders the element when it changed. */
  refresh(): void {
    const inherited = this.#lookUp();
    if (inherited === this.#inherited) return;
    this.#inherited = inherited;
    if (!this.host.lang) this.host.requestUpdate();
  }
}
