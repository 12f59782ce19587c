import { LitElement, html, nothing, render as renderTemplate, type CSSResultGroup, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { DataController } from './data-controller.js';
import { HydrationController } from './hydration-controller.js';
import { LocalizeController, type Catalog } from './localize.js';
import { NoticeController, loadNotices } from './notice-controller.js';
import { SourceLine } from './source-line.js';
import { sharedStrings } from './strings.js';
import { baseStyles } from './styles.js';

const LEVELS = ['1', '2', '3', '4', '5', '6'];

/**
 * What every customs-widgets element shares: the attributes below, the order of what it shows
 * (notices, its content, the source line) and the error boundary that turns anything thrown while
 * rendering into a visible notice. Each feature is a controller that owns its state: `localize`
 * (language and strings), `dataSource` (bundled or adopter data, declared by each element),
 * `notices` (what could not be used), `sources` (the source line) and `hydration` (prerendered
 * content).
 *
 * An element declares its own styles (the base's come first), its data, and implements
 * `renderContent()`, calling `sources.cite()` for the records it shows and
 * `notices.resolveList()` (or `report()`) for values it could not use.
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
export abstract class CustomsElement<T = unknown> extends LitElement {
  /** What every element looks like; an element's own styles come after these (`finalizeStyles`). */
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = { headingLevel: { attribute: 'heading-level', type: Number }, lang: { reflect: true }, compact: { type: Boolean, reflect: true }, hideSource: { type: Boolean, attribute: 'hide-source', reflect: true }, src: {} };

  /** The element's own strings. @internal */
  static strings?: Catalog<object>;

  /**
   * The base's styles, then the element's: an element's `styles` are its own alone, and cannot
   * leave the base's out. (A subclass that lists `CustomsElement.styles` as well gets them once.)
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([baseStyles, styles ?? []]);
  }

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

  /** The element's data: bundled, or given by the page. @internal */
  abstract readonly dataSource: DataController<T>;

  /** The data shown; defaults to the bundled data. Data given here is shown once it passes the schema. */
  get data(): T {
    return this.dataSource.value;
  }
  set data(value: T) {
    this.dataSource.give(value);
  }

  /** @internal */
  readonly localize = new LocalizeController(this, [sharedStrings, (this.constructor as typeof CustomsElement).strings ?? sharedStrings]);
  /** @internal */
  readonly notices = new NoticeController(this, this.localize, () => (this.constructor as typeof CustomsElement).observedAttributes);
  /** @internal */
  readonly sources = new SourceLine();
  /** @internal */
  readonly hydration = new HydrationController(this);

  /** The heading level of this render (validated). */
  declare protected level: number;

  /** The element's own content, below any notice and above the source line. */
  protected abstract renderContent(): unknown;

  override connectedCallback(): void {
    if (!this.hydration.deferConnection(() => super.connectedCallback())) super.connectedCallback();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.hydration.renderRoot() ?? super.createRenderRoot();
  }

  /** Holds an update until the strings of the element's language are loaded, adopter data is checked and so are misspelt attributes. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [this.localize.prepare([...this.dataSource.catalogs, ...this.notices.catalogs]), this.dataSource.pending, this.notices.pending].filter(Boolean);
    if (!waits.length) return super.scheduleUpdate();
    return Promise.all(waits).then(() => this.scheduleUpdate());
  }

  override render(): unknown {
    const lang = this.localize.lang;
    this.notices.begin();
    const dataNotice = this.dataSource.notice(lang);
    if (dataNotice) this.notices.report({ kind: 'worded', detail: dataNotice });
    this.sources.reset();
    this.level = this.#validLevel();
    let content: unknown = nothing;
    try {
      content = this.renderContent();
    } catch (error) {
      this.notices.reportFailure(error);
    }
    return html`${this.notices.render(this.renderRoot)}${content}${this.hideSource ? nothing : this.sources.render(lang)}`;
  }

  protected override update(changed: PropertyValues): void {
    try {
      if (!this.hydration.update(changed)) super.update(changed);
    } catch (error) {
      // A template that failed to commit: replace it with the notice rather than throw into the page.
      this.notices.reportFailure(error);
      void loadNotices().then(() => renderTemplate(this.notices.render(this.renderRoot), this.renderRoot, this.renderOptions));
    }
  }

  /** Resolves once the element is rendered, its notices too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const notices = this.notices.waiting;
    return notices ? notices.then(() => super.getUpdateComplete()) : done;
  }

  #validLevel(): number {
    const level = this.headingLevel;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.notices.reportUnknown('heading-level', [this.getAttribute('heading-level') ?? String(level)], LEVELS);
    return 2;
  }
}
