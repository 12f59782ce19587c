/**
 * What the prerenderer (`server/prerender.ts`) needs of the elements, in one place: what the
 * browser loads before an update, loaded at once; each element's stylesheet; and the state a
 * server render starts from, which a server cannot learn from the page. Imported only by the
 * server, never by a browser bundle.
 */
import type { CSSResult } from 'lit';
import { strings as dataStrings, type Origin } from './adopter-data.js';
import type { CustomsElement } from './customs-element.js';
import { loadAdopterData } from './data-controller.js';
import { DIGEST_PREFIX, digestOf } from './digest.js';
import { loadNotices } from './notice-controller.js';
import { noticeStyles, strings as noticeStrings } from './notices.js';
import { sharedStrings } from './strings.js';

export { DIGEST_PREFIX, digestOf };

type ElementClass = typeof CustomsElement<unknown>;

/** Loads the notices and adopter-data modules, and each language's strings for these elements. */
export async function loadForServer(classes: readonly ElementClass[], langs: Iterable<string>): Promise<void> {
  await Promise.all([loadNotices(), loadAdopterData()]);
  const catalogs = [sharedStrings, noticeStrings, dataStrings, ...classes.map((element) => element.strings)];
  await Promise.all([...langs].flatMap((lang) => catalogs.map((catalog) => catalog?.load(lang))));
}

/**
 * An element's stylesheet, as the build writes it to `dist/css/<tag>.css`: its own styles and those
 * of notices (which the browser adopts only when an element shows one).
 */
export function stylesheetOf(element: ElementClass): string {
  return [...element.elementStyles, noticeStyles].map((style) => (style as CSSResult).cssText).join('\n');
}

/** Before a server render: the language the page gives the element, adopter data from the page (inline, or the file `src` names), and the check of misspelt attributes the browser makes on connecting. */
export function prepareElement(element: CustomsElement, lang: string, adopter?: { text: string; origin: Origin }): void {
  element.lang ||= lang;
  if (adopter) element.dataSource.receive(adopter.text, adopter.origin);
  element.notices.checkAttributes();
}
