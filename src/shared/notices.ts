import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CustomsErrorEvent, type CustomsErrorDetail } from './events.js';

/**
 * The notices an element shows about bad input. Each render starts a fresh list; after the
 * update, each notice that is new is reported once: one `console.warn` and one `customs-error`.
 */
export class NoticeController implements ReactiveController {
  #shown: CustomsErrorDetail[] = [];
  /** Messages already reported, forgotten once no longer shown so a mistake made again is reported again. */
  #reported = new Set<string>();

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts the list of the render about to run. */
  reset(): void {
    this.#shown = [];
  }

  add(detail: CustomsErrorDetail | undefined): void {
    if (detail && !this.#shown.some((notice) => notice.message === detail.message)) this.#shown.push(detail);
  }

  render(): unknown {
    if (!this.#shown.length) return nothing;
    return html`<div part="notice" class="notice" role="status">${this.#shown.map((notice) => html`<p>${notice.message}</p>`)}</div>`;
  }

  hostUpdated(): void {
    for (const notice of this.#shown) {
      if (this.#reported.has(notice.message)) continue;
      this.#reported.add(notice.message);
      console.warn(`<${this.host.localName}>: ${notice.message}`);
      this.host.dispatchEvent(new CustomsErrorEvent(notice));
    }
    for (const message of this.#reported) {
      if (!this.#shown.some((notice) => notice.message === message)) this.#reported.delete(message);
    }
  }
}
