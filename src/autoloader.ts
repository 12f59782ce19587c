/**
 * Defines only the customs-widgets elements present on the page, and those added later: each is
 * imported from its own module the first time its tag appears. Load it instead of the full bundle:
 * `<script type="module" src=".../dist/autoloader.js"></script>`.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'customs-forum-card': () => import('./customs-forum-card/customs-forum-card.js'),
  'customs-forum-list': () => import('./customs-forum-list/customs-forum-list.js'),
  'compliance-links': () => import('./compliance-links/compliance-links.js'),
  'working-group-table': () => import('./working-group-table/working-group-table.js'),
  'customs-org-chart': () => import('./customs-org-chart/customs-org-chart.js'),
  'customs-timeline': () => import('./customs-timeline/customs-timeline.js'),
  'customs-fact-file': () => import('./customs-fact-file/customs-fact-file.js'),
  'customs-activity-list': () => import('./customs-activity-list/customs-activity-list.js'),
  'customs-contributions': () => import('./customs-contributions/customs-contributions.js'),
  'customs-dialogue-partners': () => import('./customs-dialogue-partners/customs-dialogue-partners.js'),
  'customs-document-list': () => import('./customs-document-list/customs-document-list.js'),
};

const requested = new Set<string>();

/** Imports the module of every undefined element of ours in `root` (itself included). */
export function discover(root: Element | Document): void {
  const candidates = root instanceof Element ? [root, ...root.querySelectorAll(':not(:defined)')] : root.querySelectorAll(':not(:defined)');
  for (const element of candidates) {
    const tag = element.localName;
    const load = loaders[tag];
    if (!load || requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    load().catch((error) => {
      requested.delete(tag);
      console.warn(`customs-widgets: could not load <${tag}>:`, error);
    });
  }
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
