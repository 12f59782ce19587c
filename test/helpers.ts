import type { CustomsErrorEvent } from '../src/core/events.js';

/** The element's rendered text as a reader sees it, whitespace collapsed. */
export function textOf(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One element in the shadow root, failing the test when it is missing. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

export function parts<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/**
 * Records console.warn calls and customs-error events (as they reach the document) while `run`
 * is awaited, and any error that escapes to the page.
 */
export async function watch(run: () => Promise<unknown>): Promise<{ warnings: string[]; events: CustomsErrorEvent[]; errors: unknown[] }> {
  const warnings: string[] = [];
  const events: CustomsErrorEvent[] = [];
  const errors: unknown[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  const onEvent = (event: CustomsErrorEvent) => events.push(event);
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  document.addEventListener('customs-error', onEvent);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Let any late microtask or task error surface before judging.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    console.warn = originalWarn;
    document.removeEventListener('customs-error', onEvent);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { warnings, events, errors };
}

/**
 * The engine the tests run in (the suite runs in Chromium, Firefox and WebKitGTK's MiniBrowser).
 * For the few tests that need a feature only one engine's automation offers: they skip with
 * `this.skip()` elsewhere, saying why, rather than fail or be left out of a config.
 */
export function engine(): 'chromium' | 'firefox' | 'webkit' {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrome\//.test(ua)) return 'chromium';
  return 'webkit';
}
