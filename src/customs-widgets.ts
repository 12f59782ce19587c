/**
 * customs-widgets: every element, with Lit and the data bundled. Importing this module (or
 * loading `dist/customs-widgets.js` with one script tag) defines all the elements.
 */
// The bundled data first, side by side: gzip then finds what the files share, which it misses
// when each file sits between the code of its elements (about 1 KB of the drop-in).
import './data/compliance.js';
import './data/documents.js';
import './data/activities.js';
import './data/fact-files.js';
import './data/forums.js';
import './data/milestones.js';
import './data/partners.js';
import './data/bodies.js';
import './data/systems.js';
import './data/roles.js';
import './data/sources.js';
export { CustomsElement } from './shared/customs-element.js';
export { CustomsErrorEvent, type CustomsErrorDetail } from './shared/events.js';
export * from './customs-forum-card/customs-forum-card.js';
export * from './compliance-links/compliance-links.js';
export * from './working-group-table/working-group-table.js';
export * from './customs-forum-list/customs-forum-list.js';
export * from './customs-org-chart/customs-org-chart.js';
export * from './customs-timeline/customs-timeline.js';
export * from './customs-fact-file/customs-fact-file.js';
export * from './customs-activity-list/customs-activity-list.js';
export * from './customs-contributions/customs-contributions.js';
export * from './customs-dialogue-partners/customs-dialogue-partners.js';
export * from './customs-document-list/customs-document-list.js';
export type * from './data/schema.js';
export { registerTranslation, type Translation } from './shared/localize.js';
