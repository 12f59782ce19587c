/**
 * Notices about bad input: what a reader sees and what the page is told. Loaded the first time an
 * element has something to report, so a page without mistakes never downloads it.
 *
 * Each render collects reports (see `Report`); the notices are worded in the element's language,
 * and after the update each notice that is new is reported once: one `console.warn` and one
 * `customs-error` event.
 */
import leven from 'leven';
import { css, html, isServer, nothing } from 'lit';
import { CustomsErrorEvent, type CustomsErrorDetail } from './events.js';
import { Catalog } from './localize.js';

/** Something an element could not use, as found while rendering. */
export type Report =
  | { kind: 'unknown'; attribute: string; value: string; accepted: readonly string[] }
  | { kind: 'missing'; attribute: string; accepted: readonly string[] }
  | { kind: 'failed'; reason: string }
  | { kind: 'misspelt'; attribute: string; value: string; suggestion: string; accepted: readonly string[] }
  | { kind: 'worded'; detail: CustomsErrorDetail };

const en = {
  unknownValue: (attribute: string, value: string, accepted: string) => `Unknown ${attribute} “${value}”. Accepted: ${accepted}.`,
  suggestValue: (attribute: string, value: string, suggestion: string) => `Unknown ${attribute} “${value}”. Did you mean ${suggestion}?`,
  missingValue: (attribute: string, accepted: string) => `Set ${attribute} to one of: ${accepted}.`,
  renderFailed: (reason: string) => `This element could not be displayed: ${reason}`,
  unknownAttribute: (attribute: string, suggestion: string) => `Unknown attribute “${attribute}”, left unused. Did you mean ${suggestion}?`,
};

export type NoticeStrings = typeof en;

export const strings = new Catalog('notices', en, { fr: () => import('./notices.fr.js') });

/** Lower case, letters and digits only: `Hide_Source` and `hidesource` compare alike. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z\d]/g, '');

/**
 * The accepted value a mistyped one was most likely meant to be: one or two letters off (one for
 * words of up to five), or the start of it (`heading` for `heading-level`); undefined when none is
 * close.
 */
export function closest(value: string, accepted: readonly string[]): string | undefined {
  // A sign (`-establised`, a descending sort) is kept: the suggestion is what to type.
  const sign = /^[-+]/.exec(value)?.[0] ?? '';
  const typed = squash(value);
  // Too short to guess from: "9" is no typo of "1".
  if (typed.length < 3) return undefined;
  let best: string | undefined;
  // One letter off for short words, two for longer ones: "forum" is not a typo of "from".
  let bestDistance = typed.length > 5 ? 3 : 2;
  for (const candidate of accepted) {
    const target = squash(candidate);
    // Codes of two letters are no guess for longer words: "IND" (India) is not "ID" (Indonesia).
    if (target.length < 3) continue;
    const distance = typed.length >= 4 && target.startsWith(typed) ? 1 : leven(typed, target);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best && sign + best;
}

/** Accepted values as a message lists them; `message()` finds them there by the same words to show each whole. */
const listed = (accepted: readonly string[]) => accepted.join(', ');

/** A report as the page is told it, worded in a language. */
export function detail(report: Report, lang: string): CustomsErrorDetail {
  const t = strings.strings(lang);
  switch (report.kind) {
    case 'unknown': {
      const { attribute, value, accepted } = report;
      const suggestion = closest(value, accepted);
      const message = suggestion ? t.suggestValue(attribute, value, suggestion) : t.unknownValue(attribute, value, listed(accepted));
      return { message, attribute, value, accepted: [...accepted], problems: [] };
    }
    case 'missing': {
      const { attribute, accepted } = report;
      return { message: t.missingValue(attribute, listed(accepted)), attribute, value: '', accepted: [...accepted], problems: [] };
    }
    case 'misspelt': {
      const { attribute, value, suggestion, accepted } = report;
      return { message: t.unknownAttribute(attribute, suggestion), attribute, value, accepted: [...accepted], problems: [] };
    }
    case 'failed':
      return { message: t.renderFailed(report.reason), attribute: '', value: '', accepted: [], problems: [report.reason] };
    default:
      return report.detail;
  }
}

/** The notices of a render, worded in a language; one per distinct message. */
export function wordNotices(reports: readonly Report[], lang: string): CustomsErrorDetail[] {
  const details = new Map<string, CustomsErrorDetail>();
  for (const report of reports) {
    const worded = detail(report, lang);
    if (!details.has(worded.message)) details.set(worded.message, worded);
  }
  return [...details.values()];
}

/** The notices' looks, kept here with them; in the browser, each shadow root that shows one adopts them. */
export const noticeStyles = css`
  .notice {
    border-left: 0.3em solid #b35900;
    background: var(--customs-notice-background, #fff3e0);
    color: var(--customs-notice-text, #3d2200);
    padding: 0.5em 0.75em;
    margin: 0 0 0.75em;
  }
  .notice p {
    margin: 0;
  }
  /* An accepted value is what an editor types: never broken across lines, as after the - of
     "-established", which would read as a dash. */
  .value {
    white-space: nowrap;
  }
  /* Dark ones too where the browser has light-dark(); elsewhere the light ones, readable. */
  @supports (color: light-dark(red, red)) {
    .notice {
      border-left-color: light-dark(#b35900, #ffb870);
      background: var(--customs-notice-background, light-dark(#fff3e0, #3a2500));
      color: var(--customs-notice-text, light-dark(#3d2200, #ffe2c2));
    }
  }
`;

/** The notices of a render, in the render root given (which adopts their styles). */
export function renderNotices(notices: readonly CustomsErrorDetail[], root: unknown): unknown {
  if (!notices.length) return nothing;
  const sheet = noticeStyles.styleSheet;
  if (!isServer && sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return html`<div part="notice" class="notice" role="status">${notices.map((notice) => html`<p>${message(notice)}</p>`)}</div>`;
}

/** A notice's message as shown: the accepted values it lists, each kept whole on its line. */
function message({ message, accepted }: CustomsErrorDetail): unknown {
  const list = listed(accepted);
  const at = list ? message.indexOf(list) : -1;
  if (at < 0) return message;
  const values = accepted.map((value, i) => html`${i ? ', ' : ''}<span class="value">${value}</span>`);
  return html`${message.slice(0, at)}${values}${message.slice(at + list.length)}`;
}

/** Attributes each element was told about, so a misspelling is reported once. */
const misspelt = new WeakMap<HTMLElement, Set<string>>();

/** Messages each element has reported and still shows: a mistake made again after a fix is reported again. */
const reported = new WeakMap<HTMLElement, Set<string>>();

/** After an update: warns and fires `customs-error` once for each notice that is new. */
export function reportNotices(host: HTMLElement, notices: readonly CustomsErrorDetail[]): void {
  const seen = reported.get(host) ?? new Set<string>();
  reported.set(host, seen);
  for (const notice of notices) {
    if (seen.has(notice.message)) continue;
    seen.add(notice.message);
    tell(host, notice);
  }
  for (const message of seen) if (!notices.some((notice) => notice.message === message)) seen.delete(message);
}

/** One `console.warn` (with the technical detail, if any) and one `customs-error` event. */
function tell(host: HTMLElement, notice: CustomsErrorDetail): void {
  console.warn([`<${host.localName}>: ${notice.message}`, ...notice.problems].join('\n  '));
  host.dispatchEvent(new CustomsErrorEvent(notice));
}

/**
 * Attributes the element does not know (see `NoticeController.hostConnected`). One that is close
 * to one it does is likely misspelt. When it is one edit from an attribute the element lacks
 * (`contry` with no `country`), the element shows something other than the editor meant: it is
 * returned, for a notice in every render. Otherwise (`heading` for `heading-level`, or `contry`
 * beside a `country`) what the element shows is still right, and the mistake is only logged,
 * once. Attributes close to none may be meant for someone else, and are let be.
 */
export function checkAttributes(host: HTMLElement, names: readonly string[], known: readonly string[], lang: string): Report[] {
  const shown: Report[] = [];
  for (const attribute of names) {
    const suggestion = closest(attribute, known);
    if (!suggestion) continue;
    const report = { kind: 'misspelt' as const, attribute, value: host.getAttribute(attribute) ?? '', suggestion, accepted: known };
    if (!host.hasAttribute(suggestion) && leven(squash(attribute), squash(suggestion)) <= 1) shown.push(report);
    // The prerenderer reports notices only; the browser logs the rest.
    else if (!isServer) void logOnce(host, report, lang);
  }
  return shown;
}

/** Logs a misspelt attribute that needs no notice, worded in the element's language as its notices are; once per element. */
async function logOnce(host: HTMLElement, report: Report & { kind: 'misspelt' }, lang: string): Promise<void> {
  const told = misspelt.get(host) ?? new Set<string>();
  misspelt.set(host, told);
  if (told.has(report.attribute)) return;
  told.add(report.attribute);
  await strings.load(lang);
  tell(host, detail(report, lang));
}
