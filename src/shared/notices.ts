/**
 * Notices about bad input: what a reader sees and what the page is told. Loaded the first time an
 * element has something to report, so a page without mistakes never downloads it.
 *
 * Each render collects reports (see `Report`); the notices are worded in the element's language,
 * and after the update each notice that is new is reported once: one `console.warn` and one
 * `customs-error` event.
 */
import { css, html, isServer, nothing } from 'lit';
import { CustomsErrorEvent, type CustomsErrorDetail } from './events.js';
import { Catalog } from './localize.js';

/** Something an element could not use, as found while rendering. */
export type Report =
  | { kind: 'unknown'; attribute: string; value: string; accepted: readonly string[] }
  | { kind: 'missing'; attribute: string; accepted: readonly string[] }
  | { kind: 'failed'; reason: string }
  | { kind: 'worded'; detail: CustomsErrorDetail };

const en = {
  unknownValue: (attribute: string, value: string, accepted: string) => `Unknown ${attribute} “${value}”. Accepted: ${accepted}.`,
  missingValue: (attribute: string, accepted: string) => `Set ${attribute} to one of: ${accepted}.`,
  renderFailed: (reason: string) => `This element could not be displayed: ${reason}`,
};

export type NoticeStrings = typeof en;

export const strings = new Catalog('notices', en, { fr: () => import('./notices.fr.js') });

/** A report as the page is told it, worded in a language. */
export function detail(report: Report, lang: string): CustomsErrorDetail {
  const t = strings.strings(lang);
  switch (report.kind) {
    case 'unknown': {
      const { attribute, value, accepted } = report;
      return { message: t.unknownValue(attribute, value, accepted.join(', ')), attribute, value, accepted: [...accepted] };
    }
    case 'missing': {
      const { attribute, accepted } = report;
      return { message: t.missingValue(attribute, accepted.join(', ')), attribute, value: '', accepted: [...accepted] };
    }
    case 'failed':
      return { message: t.renderFailed(report.reason) };
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
    border-left: 0.3em solid light-dark(#b35900, #ffb870);
    background: var(--customs-notice-background, light-dark(#fff3e0, #3a2500));
    color: var(--customs-notice-text, light-dark(#3d2200, #ffe2c2));
    padding: 0.5em 0.75em;
    margin: 0 0 0.75em;
  }
  .notice p {
    margin: 0;
  }
`;

/** The notices of a render, in the render root given (which adopts their styles). */
export function renderNotices(notices: readonly CustomsErrorDetail[], root: unknown): unknown {
  if (!notices.length) return nothing;
  const sheet = noticeStyles.styleSheet;
  if (!isServer && sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return html`<div part="notice" class="notice" role="status">${notices.map((notice) => html`<p>${notice.message}</p>`)}</div>`;
}

/** Messages each element has reported and still shows: a mistake made again after a fix is reported again. */
const reported = new WeakMap<HTMLElement, Set<string>>();

/** After an update: warns and fires `customs-error` once for each notice that is new. */
export function reportNotices(host: HTMLElement, notices: readonly CustomsErrorDetail[]): void {
  const seen = reported.get(host) ?? new Set<string>();
  reported.set(host, seen);
  for (const notice of notices) {
    if (seen.has(notice.message)) continue;
    seen.add(notice.message);
    console.warn(`<${host.localName}>: ${notice.message}`);
    host.dispatchEvent(new CustomsErrorEvent(notice));
  }
  for (const message of seen) if (!notices.some((notice) => notice.message === message)) seen.delete(message);
}
