/**
 * customs-widgets: every element, with Lit and the data bundled. Importing this module (or
 * loading `dist/customs-widgets.js` with one script tag) defines all the elements; the list comes
 * from `elements/registry.json` (see `scripts/elements.mjs`).
 */
export * from '#elements';
export { CustomsElement } from './core/customs-element.js';
export { CustomsErrorEvent, type CustomsErrorDetail } from './core/events.js';
export { registerTranslation, type Translation } from './core/localize.js';
export type * from './data/schema.js';
