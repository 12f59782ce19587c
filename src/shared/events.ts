/** What a `customs-error` event tells the page about bad input. */
export interface CustomsErrorDetail {
  /** The notice as shown to the reader. */
  message: string;
  /** The attribute (or property) whose value was wrong, when one was. */
  attribute?: string;
  /** The value as the page gave it. */
  value?: string;
  /** The values that would have been accepted. */
  accepted?: string[];
}

/** Fired, bubbling and composed, when an element shows a notice about bad input. */
export class CustomsErrorEvent extends CustomEvent<CustomsErrorDetail> {
  constructor(detail: CustomsErrorDetail) {
    super('customs-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'customs-error': CustomsErrorEvent;
  }
  // It bubbles out of shadow roots, so a page may listen once, on the document.
  interface DocumentEventMap {
    'customs-error': CustomsErrorEvent;
  }
}
