/**
 * What a prerendered element's content was rendered from, in a short string that the prerenderer
 * writes first in the shadow root (`<!--customs-widgets 1x2y3z-->`) and the browser computes again
 * before it hydrates: the library's version (its templates), the language, the element's
 * attributes and the data it shows. When the two differ, the content is stale and the element
 * renders afresh. Shared by the server and the browser's hydration.
 */
import { version } from '../../package.json';
import type { CustomsElement } from './customs-element.js';

/** The start of the comment the prerenderer writes first in a shadow root. */
export const DIGEST_PREFIX = 'customs-widgets ';

/**
 * The digest of what an element renders now. The attributes are the page's (`[name, value]`),
 * which the server passes: its element also has those its first update reflected.
 */
export function digestOf(element: CustomsElement, attributes = element.getAttributeNames().map((name) => [name, element.getAttribute(name)!] as const)): string {
  const observed = (element.constructor as typeof CustomsElement).observedAttributes;
  const relevant = attributes.filter(([name]) => observed.includes(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = JSON.stringify([version, element.localize.lang.toLowerCase(), relevant, element.data]);
  // FNV-1a, 32 bits: enough to tell one rendering's inputs from another's.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
