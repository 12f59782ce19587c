import { html } from 'lit';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL if it may become a link (`http:`, `https:`, `mailto:`, `tel:`), otherwise undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link when the URL is safe, otherwise the text alone. Links leave the host page's origin, so
 * they carry `rel="noopener noreferrer"`.
 */
export function link(url: string | undefined, text: unknown): unknown {
  const href = safeUrl(url);
  return href ? html`<a part="link" href=${href} rel="noopener noreferrer">${text}</a>` : text;
}
