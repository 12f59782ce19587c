/**
 * What a prerendered element's content was rendered from, written by the prerenderer first in the
 * shadow root (`<!--customs-widgets 0.1.0 fr 1x2y3z 4a5b6c-->`) and computed again by the browser
 * before it hydrates: the library's version (its templates), the language, the element's
 * attributes and the data it shows, the last two as short hashes. When they differ, the content is
 * stale and the element renders afresh, saying which of them changed. Shared by the server and the
 * browser's hydration.
 */
import { version } from '../../package.json';
import type { CustomsElement } from './customs-element.js';

/** The start of the comment the prerenderer writes first in a shadow root. */
export const DIGEST_PREFIX = 'customs-widgets ';

/** FNV-1a, 32 bits, in base 36: enough to tell one rendering's inputs from another's. */
function hash(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * The digest of what an element renders now. The attributes are the page's (`[name, value]`),
 * which the server passes: its element also has those its first update reflected.
 */
export function digestOf(element: CustomsElement, attributes = element.getAttributeNames().map((name) => [name, element.getAttribute(name)!] as const)): string {
  const observed = (element.constructor as typeof CustomsElement).observedAttributes;
  const relevant = attributes.filter(([name]) => observed.includes(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [version, element.localize.lang.toLowerCase(), hash(relevant), hash(element.data)].join(' ');
}

/**
 * What changed between the digest written in the page and the one computed now, in an editor's
 * words; empty when nothing did.
 */
export function changesBetween(written: string, now: string): string[] {
  const parts = written.split(' ');
  const [nowVersion, nowLang, nowAttributes, nowData] = now.split(' ');
  // A digest of another shape was written before its parts were kept apart: none of them can be compared.
  if (parts.length !== 4) return [`it was prerendered by an earlier version of customs-widgets, and the page loads ${nowVersion}`];
  const [writtenVersion, writtenLang, writtenAttributes, writtenData] = parts;
  const changes: string[] = [];
  if (writtenVersion !== nowVersion) changes.push(`it was prerendered by customs-widgets ${writtenVersion}, and the page loads ${nowVersion}`);
  if (writtenLang !== nowLang) changes.push(`its language is now “${nowLang}”, it was prerendered in “${writtenLang}”`);
  if (writtenAttributes !== nowAttributes) changes.push('its attributes changed since it was prerendered');
  if (writtenData !== nowData) changes.push('its data changed since it was prerendered (an edited src file or inline data, or the bundled data of another release)');
  return changes;
}
