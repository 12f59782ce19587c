import { LitElement, html, nothing, render as renderTemplate, type CSSResultGroup, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataFileName, SourceRef } from '../data/schema.js';
import { validateDataFile } from '../data/validate.js';
import { asOfDate, sourceById } from '../data/sources.js';
import { dispatchCustomsError, type CustomsErrorDetail } from './events.js';
import { formatList, formatPartialDate, stringsFor, type Strings } from './i18n.js';
import { link } from './links.js';
import { resolveNames, splitList, type Named, type Resolved } from './parse.js';
import { baseStyles } from './styles.js';

const LEVELS = ['1', '2', '3', '4', '5', '6'];

/** Data objects already checked against the schema: each is validated once, however many elements share it. */
const validated = new WeakSet<object>();

/** Why a `src` request gave no data: an HTTP status, or one of these. */
type DataFailure = 'unreachable' | 'timeout' | 'notJson' | number;

/**
 * What every customs-widgets element shares: the heading level, the language, `compact`, the
 * "Source: … (as of …)" line and `hide-source`, and the notice shown for bad input.
 *
 * Subclasses implement `renderContent()`. While rendering they call `cite()` for the records they
 * show and `reportUnknown()` for values they could not use; nothing they throw reaches the page.
 *
 * @csspart notice - The notice shown for bad input.
 * @csspart source - The "Source: … (as of …)" line.
 * @csspart heading - The element's top heading.
 * @csspart link - Links to external sites.
 * @cssproperty --customs-accent - Links, focus ring and highlights.
 * @cssproperty --customs-surface - Background of the element's panel.
 * @cssproperty --customs-text - Text colour (default: the host page's colour in light mode).
 * @cssproperty --customs-border - Borders and rules.
 * @cssproperty --customs-radius - Corner radius of panels.
 * @cssproperty --customs-spacing - The base spacing unit.
 * @cssproperty --customs-notice-background - Background of the bad-input notice.
 * @cssproperty --customs-notice-text - Text colour of the bad-input notice.
 * @event {CustomsErrorEvent} customs-error - An attribute, property or data file was not usable; `detail` names the value and what is accepted.
 */
export abstract class CustomsElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** Level (1–6) of the element's top heading, so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** Language of the element's own labels (English or French) and dates; inherited from the nearest `[lang]` ancestor when absent. */
  @property({ reflect: true })
  override lang!: string;

  /** A denser layout that leaves out secondary notes. */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /** Hides the "Source: … (as of …)" line. */
  @property({ type: Boolean, attribute: 'hide-source', reflect: true })
  hideSource = false;

  /**
   * URL of a JSON file in the element's data schema (see `dist/schema/`) that replaces the bundled
   * data. If it cannot be loaded or does not match the schema, the bundled data stays and a notice
   * says why. An inline `<script type="application/json">` child does the same without a request.
   */
  @property()
  src = '';

  /** Which file of `data/`, and so which schema, the element's `data` follows. */
  static dataFile?: DataFileName;

  /** How long (ms) a `src` request may take before the bundled data is kept. */
  static fetchTimeout = 10_000;

  /** The heading level in use for this render (validated). */
  protected level = 2;

  /** The last data that passed the schema: at first the bundled default. */
  #validData: unknown;
  /** What went wrong with adopter data, shown until data is given again. */
  #dataNotice?: CustomsErrorDetail;
  #loading?: AbortController;
  #notices: CustomsErrorDetail[] = [];
  #cited: SourceRef[] = [];
  #reported = new Set<string>();

  /**
   * The language in use for this update: the element's own `lang`, else the nearest ancestor's,
   * else English. Looked up once per update, not per row.
   */
  protected locale = 'en';

  /** UI strings in the element's language. */
  protected t: Strings = stringsFor('en');

  /** The element's own content, below any notice and above the source line. */
  protected abstract renderContent(): unknown;

  /** Records the sources of what is being shown, for the source line. */
  protected cite(refs: readonly SourceRef[] | undefined): void {
    if (refs) this.#cited.push(...refs);
  }

  /** Shows a notice (and, once, warns and fires `customs-error`) about unusable input. */
  protected report(detail: CustomsErrorDetail): void {
    if (!this.#notices.some((notice) => notice.message === detail.message)) this.#notices.push(detail);
  }

  /** Reports each value that named nothing acceptable. */
  protected reportUnknown(attribute: string, values: readonly string[], accepted: readonly string[]): void {
    for (const value of values) {
      this.report({
        message: this.t.unknownValue(attribute, value, accepted.join(', ')),
        attribute,
        value,
        accepted: [...accepted],
      });
    }
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
      this.report({ message: this.t.missingValue(attribute, accepted.join(', ')), attribute, value: '', accepted });
    }
    return resolved?.ids[0];
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    // The first value `data` ever takes is the subclass's field initializer: the bundled data,
    // which the test suite validates. It is the fallback for anything an adopter gives.
    if (name === 'data' && this.#validData === undefined) this.#validData = this.#data;
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale = this.lang || this.parentElement?.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang || 'en';
    this.t = stringsFor(this.locale);
    const file = (this.constructor as typeof CustomsElement).dataFile;
    if (!file) return;
    try {
      if (!this.hasUpdated) this.#readInlineData(file);
      if (changed.has('src')) this.#load(file);
      if (changed.has('data')) this.#checkData(file, this.t.dataOrigins.property, 'data');
    } catch (error) {
      // render() starts a fresh list of notices: keep this one where it will be shown.
      this.#dataNotice = this.#failure(error);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing in flight may keep a removed element alive.
    this.#loading?.abort();
    this.#loading = undefined;
  }

  /** The subclass's typed `data` property, seen from here, where its type is not known. */
  get #data(): unknown {
    return (this as unknown as { data: unknown }).data;
  }

  set #data(value: unknown) {
    (this as unknown as { data: unknown }).data = value;
  }

  /** Keeps `data` if it matches the schema; otherwise restores the last valid data and says why. */
  #checkData(file: DataFileName, origin: string, attribute: 'data' | 'src'): void {
    const value = this.#data;
    if (value === this.#validData || (typeof value === 'object' && value !== null && validated.has(value))) {
      this.#validData = value;
      return;
    }
    const problems = validateDataFile(file, value);
    if (!problems.length) {
      validated.add(value as object);
      this.#validData = value;
      this.#dataNotice = undefined;
      return;
    }
    this.#dataNotice = {
      message: this.t.dataFailed(origin, this.t.dataFailures.invalid(problems[0], problems.length)),
      attribute,
    };
    this.#data = this.#validData;
  }

  #readInlineData(file: DataFileName): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      this.#data = JSON.parse(script.textContent ?? '');
      this.#checkData(file, this.t.dataOrigins.inline, 'data');
    } catch {
      this.#dataNotice = { message: this.t.dataFailed(this.t.dataOrigins.inline, this.t.dataFailures.notJson), attribute: 'data' };
    }
  }

  /** Fetches `src`; whatever goes wrong, the data shown so far stays and the notice says what. */
  #load(file: DataFileName): void {
    this.#loading?.abort();
    const src = this.src.trim();
    if (!src) return;
    const controller = new AbortController();
    this.#loading = controller;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, (this.constructor as typeof CustomsElement).fetchTimeout);
    const fail = (failure: DataFailure) => {
      if (this.#loading !== controller) return;
      const reasons = this.t.dataFailures;
      const reason = typeof failure === 'number' ? reasons.status(failure) : reasons[failure];
      this.#dataNotice = { message: this.t.dataFailed(`“${src}”`, reason), attribute: 'src', value: src };
      this.requestUpdate();
    };
    fetch(new URL(src, document.baseURI), { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return fail(response.status);
        let content: unknown;
        try {
          content = JSON.parse(await response.text());
        } catch {
          return fail('notJson');
        }
        if (this.#loading !== controller) return;
        this.#data = content;
        this.#checkData(file, `“${src}”`, 'src');
      })
      .catch(() => fail(timedOut ? 'timeout' : 'unreachable'))
      .finally(() => clearTimeout(timer));
  }

  override render(): unknown {
    this.#notices = [];
    if (this.#dataNotice) this.#notices.push(this.#dataNotice);
    this.#cited = [];
    this.level = this.#validLevel();
    let content: unknown = nothing;
    try {
      content = this.renderContent();
    } catch (error) {
      this.report(this.#failure(error));
    }
    return html`${this.#renderNotices()}${content}${this.#renderSourceLine()}`;
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      // A template that failed to commit: replace it with the notice rather than throw into the page.
      this.report(this.#failure(error));
      renderTemplate(this.#renderNotices(), this.renderRoot, this.renderOptions);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const notice of this.#notices) {
      if (this.#reported.has(notice.message)) continue;
      this.#reported.add(notice.message);
      console.warn(`<${this.localName}>: ${notice.message}`);
      dispatchCustomsError(this, notice);
    }
    // Forget notices no longer shown, so the same mistake made again is reported again.
    for (const message of this.#reported) {
      if (!this.#notices.some((notice) => notice.message === message)) this.#reported.delete(message);
    }
  }

  /**
   * When facts from a source hold: "as of June 2025 and 2020" for dated ones, else the edition
   * of an undated page ("current page"), else nothing.
   */
  protected when(sourceId: string, dates: readonly string[]): string {
    const t = this.t;
    if (dates.length) return t.asOf(formatList([...dates].sort().reverse().map((date) => formatPartialDate(date, this.locale)), this.locale));
    const edition = sourceById.get(sourceId)?.edition;
    return edition === 'earlier' ? t.earlierPage : edition === 'current' ? t.currentPage : '';
  }

  #failure(error: unknown): CustomsErrorDetail {
    return { message: this.t.renderFailed(error instanceof Error ? error.message : String(error)) };
  }

  #validLevel(): number {
    const level = this.headingLevel;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    this.reportUnknown('heading-level', [this.getAttribute('heading-level') ?? String(level)], LEVELS);
    return 2;
  }

  #renderNotices(): unknown {
    if (!this.#notices.length) return nothing;
    return html`<div part="notice" class="notice" role="status">
      ${this.#notices.map((notice) => html`<p>${notice.message}</p>`)}
    </div>`;
  }

  #renderSourceLine(): unknown {
    if (this.hideSource || !this.#cited.length) return nothing;
    const t = this.t;
    // One entry per source document, with every date its shown facts hold for.
    const dates = new Map<string, Set<string>>();
    for (const ref of this.#cited) {
      const asOf = asOfDate(ref);
      const set = dates.get(ref.source) ?? new Set<string>();
      if (asOf) set.add(asOf);
      dates.set(ref.source, set);
    }
    const entries = [...dates].map(([id, set]) => {
      const source = sourceById.get(id);
      if (!source) return html`<span>${id}</span>`;
      const when = this.when(id, [...set]);
      return html`<span>${link(source.url, source.title)} — ${source.publisher}${when ? `, ${when}` : ''}</span>`;
    });
    return html`<p part="source" class="source">
      ${entries.length > 1 ? t.sources : t.source}:
      ${entries.map((entry, i) => html`${i ? '; ' : ''}${entry}`)}
    </p>`;
  }
}
