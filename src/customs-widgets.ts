/**
 * customs-widgets: every element, with Lit and the data bundled. Importing this module (or
 * loading `dist/customs-widgets.js` with one script tag) defines all the elements.
 */
export { CustomsElement } from './shared/customs-element.js';
export { CustomsErrorEvent, type CustomsErrorDetail } from './shared/events.js';
export * from './customs-forum-card/customs-forum-card.js';
export * from './compliance-links/compliance-links.js';
export * from './working-group-table/working-group-table.js';
export type * from './data/schema.js';
