import { LitElement, html, isServer, nothing, render as renderTemplate, type CSSResultGroup, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { SourceRef } from '../data/schema.js';
import type { DataController, DataHost } from './data-controller.js';
import { LocalizeController, type Catalog } from './localize.js';
import type { CustomsErrorDetail } from './events.js';
import type { Report } from './notices.js';
import { resolveNames, splitList, type Named, type Resolved } from './parse.js';
import { SourceLine } from './source-line.js';
import { sharedStrings, type SharedStrings } from './strings.js';
import { baseStyles } from './styles.js';

const LEVELS = ['1', '2', '3', '4', '5', '6'];

/** The notices module (see `notices.ts`), once loaded. */
let notices: typeof import('./notices.js') | undefined;
let noticesLoading: Promise<unknown> | undefined;

/** Loads the notices module; the prerenderer does first, so the server renders notices at once. @internal */
export function loadNotices(): Promise<unknown> {
  return (noticesLoading ??= import('./notices.js').then((module) => (notices = module)));
}

/**
 * What every customs-widgets element shares: the heading level, the language, `compact`,
 * `hide-source` and `src`, and the error boundary that turns anything thrown while rendering into
 * a visible notice. The rest lives in controllers and modules: data (`DataController`), language
 * (`LocalizeController`), the source line (`SourceLine`), and notices (`notices.ts`, loaded with
 * the first mistake).
 *
 * Subclasses implement `renderContent()`. While rendering they call `cite()` for the records they
 * show and `reportUnknown()` (or `resolveList()`) for values they could not use.
 *
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 * @csspart heading - The element's top heading.
 * @csspart link - Links to external sites.
 * @cssproperty --customs-accent - Links, focus ring and highlights.
 * @cssproperty --customs-surface - Background of the element (default: none, the page shows through).
 * @cssproperty --customs-text - Text colour (default: the page's).
 * @cssproperty --customs-block-margin - Space above and below the element (default: 1em, as a paragraph's).
 * @cssproperty --customs-border - Borders and rules.
 * @cssproperty --customs-radius - Corner radius of panels.
 * @cssproperty --customs-spacing - The base spacing unit.
 * @cssproperty --customs-notice-background - Background of the bad-input notice.
 * @cssproperty --customs-notice-text - Text colour of the bad-input notice.
 * @event {CustomsErrorEvent} customs-error - An attribute, property or data file was not usable; `detail` names the value and what is accepted.
 */
export abstract class CustomsElement extends LitElement implements DataHost {
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = { headingLevel: { attribute: 'heading-level', type: Number }, lang: { reflect: true }, compact: { type: Boolean, reflect: true }, hideSource: { type: Boolean, attribute: 'hide-source', reflect: true }, src: {}, data: { attribute: false } };

  /** The element's own strings; loaded with the shared ones before an update in a new language. @internal */
  static strings?: Catalog<object>;

  /** Level (1–6) of the element's top heading, so it fits the host page's outline. */
  headingLevel = 2;

  /** Language of the element's own labels (English or French) and dates; inherited from the nearest `[lang]` ancestor when absent. */
  override lang!: string;

  /** A denser layout that leaves out secondary notes. */
  compact = false;

  /** Hides the "Source: … (as of …)" line. */
  hideSource = false;

  /**
   * URL of a JSON file in the element's data schema (see `dist/schema/`) that replaces the bundled
   * data. If it cannot be loaded or does not match the schema, the bundled data stays and a notice
   * says why. An inline `<script type="application/json">` child does the same without a request.
   */
  src = '';

  /** The heading level in use for this render (validated). */
  declare protected level: number;

  /** The language tag in use for this update, for strings and dates. */
  declare protected locale: string;

  /** The shared strings (the source line) in the element's language. */
  declare protected t: SharedStrings;

  /**
   * Whether the element's controls (sort buttons, filter box, country select) work: not on the
   * server, nor in prerendered content until it has hydrated (see `hydration.ts`, which a page
   * loads only when it has prerendered elements). Until then they render `aria-disabled`. @internal
   */
  live = !isServer;

  /** Set by `hydration.ts` when a prerendered element is needed: its first update hydrates. @internal */
  hydrateFirst?: (changed: PropertyValues) => void;

  readonly #localize = new LocalizeController(this);
  /** What this render could not use, and the notices worded from it (see `notices.ts`). */
  #reports: Report[] = [];
  #notices: CustomsErrorDetail[] = [];

  readonly #sources = new SourceLine();
  /** The element's data controller, which sets itself here: its checks hold updates and its failures show as notices. @internal */
  dataController?: DataController<unknown>;

  constructor() {
    super();
    // After each update, a notice that is new warns once and fires `customs-error`.
    this.addController({ hostUpdated: () => notices?.reportNotices(this, this.#notices) });
  }

  /** The element's own content, below any notice and above the source line. */
  protected abstract renderContent(): unknown;

  override connectedCallback(): void {
    if (isServer) return super.connectedCallback();
    // An attribute the element does not know, but starting as one it does, may be a misspelt one
    // (`contry`): notices.ts checks. `class`, `title`, `defer-hydration` and the like load nothing.
    const known = (this.constructor as typeof CustomsElement).observedAttributes;
    const unknown = this.getAttributeNames().filter((name) => !known.includes(name) && known.some((attribute) => attribute.slice(0, 2) === name.slice(0, 2)));
    if (unknown.length) void loadNotices().then(() => notices!.checkAttributes(this, unknown, known));
    // A declarative shadow root before the first update: the element was prerendered.
    if (!this.hasUpdated && this.shadowRoot) {
      if (!this.live) return;
      this.live = false;
      // If the code to hydrate cannot be loaded, the prerendered content stays, readable.
      void import('./hydration.js').then((hydration) => hydration.whenNeeded(this, () => super.connectedCallback()));
    } else super.connectedCallback();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Kept as the server rendered it, to hydrate in the first update.
    return this.hydrateFirst ? this.shadowRoot! : super.createRenderRoot();
  }

  /** The strings of a catalog in the element's language. */
  protected strings<T extends object>(catalog: Catalog<T>): T {
    return catalog.strings(this.locale);
  }

  /** Records the sources of what is being shown, for the source line. */
  protected cite(refs: readonly SourceRef[] | undefined): void {
    this.#sources.cite(refs);
  }

  /** Shows a notice (and, once, warns and fires `customs-error`) about unusable input. */
  protected report(report: Report): void {
    this.#reports.push(report);
  }

  /** Reports each value that named nothing acceptable. */
  protected reportUnknown(attribute: string, values: readonly string[], accepted: readonly string[]): void {
    for (const value of values) this.report({ kind: 'unknown', attribute, value, accepted });
  }

  /**
   * Resolves a comma list of names against candidates, reporting what matched nothing. Returns
   * undefined when the attribute is absent or empty, so the caller can fall back to its default.
   */
  protected resolveList(attribute: string, value: string | null | undefined, candidates: readonly Named[]): Resolved | undefined {
    const items = splitList(value);
    if (!items.length) return undefined;
    const resolved = resolveNames(items, candidates);
    this.reportUnknown(
      attribute,
      resolved.unknown,
      candidates.map((candidate) => candidate.id),
    );
    return resolved;
  }

  /**
   * Resolves an attribute that must name exactly one candidate; an empty value gets a notice
   * asking for one, an unknown value the usual notice. Returns the id, or undefined.
   */
  protected resolveOne(attribute: string, value: string | null | undefined, candidates: readonly Named[]): string | undefined {
    const resolved = this.resolveList(attribute, value, candidates);
    if (!resolved) {
      const accepted = candidates.map((candidate) => candidate.id);
      this.report({ kind: 'missing', attribute, accepted });
    }
    return resolved?.ids[0];
  }

  /** Holds an update until the strings of the element's language are loaded and adopter data is checked. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const own = (this.constructor as typeof CustomsElement).strings;
    const catalogs = [sharedStrings, ...(own ? [own] : []), ...(this.dataController?.catalogs ?? []), ...(notices ? [notices.strings] : [])];
    const waits = [this.#localize.prepare(catalogs), this.dataController?.pending].filter(Boolean);
    if (!waits.length) return super.scheduleUpdate();
    return Promise.all(waits).then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale = this.#localize.lang;
    this.t = sharedStrings.strings(this.locale);
  }

  override render(): unknown {
    this.#reports = [];
    const dataNotice = this.dataController?.notice(this.locale);
    if (dataNotice) this.report({ kind: 'worded', detail: dataNotice });
    this.#sources.reset();
    this.level = this.#validLevel();
    let content: unknown = nothing;
    try {
      content = this.renderContent();
    } catch (error) {
      this.report(this.#failure(error));
    }
    return html`${this.#renderNotices()}${content}${this.hideSource ? nothing : this.#sources.render(this.t, this.locale)}`;
  }

  /** The notices of this render: worded once `notices.ts` is loaded (this render asks for it). */
  #renderNotices(): unknown {
    this.#notices = [];
    if (!this.#reports.length) return nothing;
    if (!notices) {
      void loadNotices().then(() => this.requestUpdate());
      return nothing;
    }
    this.#notices = notices.wordNotices(this.#reports, this.locale);
    return notices.renderNotices(this.#notices, this.renderRoot);
  }

  /** Resolves once the element is rendered, its notices too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.#reports.length && !notices) {
      await loadNotices();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override update(changed: PropertyValues): void {
    const hydrate = this.hydrateFirst;
    this.hydrateFirst = undefined;
    try {
      if (hydrate) hydrate(changed);
      else super.update(changed);
    } catch (error) {
      // A template that failed to commit: replace it with the notice rather than throw into the page.
      this.report(this.#failure(error));
      void loadNotices().then(() => renderTemplate(this.#renderNotices(), this.renderRoot, this.renderOptions));
    }
  }

  #failure(error: unknown): Report {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }

  #validLevel(): number {
    const level = this.headingLevel;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.reportUnknown('heading-level', [this.getAttribute('heading-level') ?? String(level)], LEVELS);
    return 2;
  }
}
