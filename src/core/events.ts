/** What a `customs-error` event tells the page about bad input; every event has every field. */
export interface CustomsErrorDetail {
  /** The notice as shown to the reader (or, for a misspelt attribute, as logged). */
  message: string;
  /** The attribute (or property: `data`) that was wrong; empty when none was. */
  attribute: string;
  /** The value as the page gave it; empty when there was none. */
  value: string;
  /** The values (or, for a misspelt attribute, the attribute names) that would have been accepted. */
  accepted: string[];
  /** The technical detail: each schema problem of adopter data, or the error that stopped a render. */
  problems: string[];
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
