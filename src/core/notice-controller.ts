/**
 * What an element could not use, and the notices that say so. Each render collects reports;
 * the notices module (`notices.ts`), which words, shows and tells them, is loaded the first time
 * an element has something to report, so a page without mistakes never downloads it.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CustomsErrorDetail } from './events.js';
import type { Catalog, LocalizeController } from './localize.js';
import { resolveNames, splitList, type Named, type Resolved } from './names.js';
import type { Report } from './notices.js';

type NoticesModule = typeof import('./notices.js');

/** The notices module once loaded: a cache of the one import, shared by every element. */
let module: NoticesModule | undefined;
let loading: Promise<NoticesModule> | undefined;

/** Loads the notices module (the prerenderer does first, so the server renders notices at once). */
export function loadNotices(): Promise<NoticesModule> {
  return (loading ??= import('./notices.js').then((loaded) => (module = loaded)));
}

type Host = ReactiveControllerHost & HTMLElement;

export class NoticeController implements ReactiveController {
  #reports: Report[] = [];
  /** The notices of the last render, worded; told to the page after the update. */
  #notices: CustomsErrorDetail[] = [];

  constructor(
    readonly host: Host,
    readonly localize: LocalizeController,
    /** The attribute names the element knows, for the misspelt-attribute check. */
    readonly known: () => readonly string[],
  ) {
    host.addController(this);
  }

  /** The strings the notices need, once the module is loaded. */
  get catalogs(): Catalog<object>[] {
    return module ? [module.strings] : [];
  }

  /** Misspelt attributes found when the element connected (`contry`), shown in every render until it connects again. */
  #misspelt: Report[] = [];
  /** The check of those, while the notices module loads: the element's update waits for it. */
  #checking?: Promise<void>;

  hostConnected(): void {
    // An attribute the element does not know, but starting as one it does, may be a misspelt one
    // (`contry`): the notices module checks. `class`, `title`, `defer-hydration` load nothing.
    this.#misspelt = [];
    if (this.#unknownAttributes().length) {
      this.#checking = loadNotices()
        .then(() => this.checkAttributes())
        // A module that cannot be fetched holds nothing up: the element shows what it has.
        .catch(() => undefined)
        .finally(() => {
          this.#checking = undefined;
          this.host.requestUpdate();
        });
    }
  }

  /** What an update waits for: the check of attributes the element does not know, if one is under way. */
  get pending(): Promise<void> | undefined {
    return this.#checking;
  }

  /** Checks the attributes the element does not know, the notices module being loaded (the prerenderer calls this itself). */
  checkAttributes(): void {
    const unknown = this.#unknownAttributes();
    if (unknown.length) this.#misspelt = module!.checkAttributes(this.host, unknown, this.known(), this.localize.lang);
  }

  /** Attribute names the element does not know that start as one it does. */
  #unknownAttributes(): string[] {
    const known = this.known();
    return Array.from(this.host.attributes, (attribute) => attribute.name).filter((name) => !known.includes(name) && known.some((attribute) => attribute.slice(0, 2) === name.slice(0, 2)));
  }

  hostUpdated(): void {
    // A notice that is new warns once and fires `customs-error`.
    module?.reportNotices(this.host, this.#notices);
  }

  /** Starts a render: no reports yet. */
  begin(): void {
    this.#reports = [...this.#misspelt];
  }

  /** Something the element could not use; shown as a notice in this render. */
  report(report: Report): void {
    this.#reports.push(report);
  }

  /** Reports each value that named nothing acceptable. */
  reportUnknown(attribute: string, values: readonly string[], accepted: readonly string[]): void {
    for (const value of values) this.report({ kind: 'unknown', attribute, value, accepted });
  }

  /** Reports an error that stopped a render. */
  reportFailure(error: unknown): void {
    this.report({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }

  /**
   * Resolves a comma list of names against candidates, reporting what matched nothing. Returns
   * undefined when the attribute is absent or empty, so the caller can fall back to its default;
   * with `required`, an empty attribute gets a notice asking for a value.
   */
  resolveList(attribute: string, value: string | null | undefined, candidates: readonly Named[], required = false): Resolved | undefined {
    const items = splitList(value);
    const accepted = candidates.map((candidate) => candidate.id);
    if (!items.length) {
      if (required) this.report({ kind: 'missing', attribute, accepted });
      return undefined;
    }
    const resolved = resolveNames(items, candidates);
    this.reportUnknown(attribute, resolved.unknown, accepted);
    return resolved;
  }

  /** Resolves an attribute that must name exactly one candidate: the id, or undefined (with a notice). */
  resolveOne(attribute: string, value: string | null | undefined, candidates: readonly Named[]): string | undefined {
    return this.resolveList(attribute, value, candidates, true)?.ids[0];
  }

  /** The notices of this render, in `root` (which adopts their styles); once the module is loaded, as this asks. */
  render(root: unknown): unknown {
    this.#notices = [];
    if (!this.#reports.length) return nothing;
    if (!module) {
      void loadNotices().then(() => this.host.requestUpdate());
      return nothing;
    }
    this.#notices = module.wordNotices(this.#reports, this.localize.lang);
    return module.renderNotices(this.#notices, root);
  }

  /** Whether this render has notices that wait for the module: the element's update is not complete until they show. */
  get waiting(): Promise<unknown> | undefined {
    return this.#reports.length && !module ? loadNotices() : undefined;
  }
}
