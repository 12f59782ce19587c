/**
 * Defines only the customs-widgets elements present on the page, and those added later: each is
 * imported from its own module the first time its tag appears, with the chunks that module needs
 * preloaded alongside it. Load it instead of the full bundle:
 * `<script type="module" src=".../dist/autoloader.js"></script>`.
 */

/**
 * Written by the build: the files (in `cdn/`) that element modules import, and for each tag the
 * indexes of those its module, `cdn/<tag>.js`, imports.
 */
const { chunks, tags }: { chunks: string[]; tags: Record<string, number[]> } = JSON.parse('__CUSTOMS_ELEMENTS__');

const requested = new Set<string>();

function load(tag: string, indexes: number[]): Promise<unknown> {
  for (const i of indexes) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`cdn/${chunks[i]}`, import.meta.url).href;
    document.head.append(link);
  }
  return import(new URL(`cdn/${tag}.js`, import.meta.url).href).catch((error) => {
    requested.delete(tag);
    console.warn(`customs-widgets: could not load <${tag}>:`, error);
  });
}

/** Imports the module of every undefined element of ours in `root` (itself included). */
export function discover(root: Element | Document): void {
  const candidates = root instanceof Element ? [root, ...root.querySelectorAll(':not(:defined)')] : root.querySelectorAll(':not(:defined)');
  for (const element of candidates) {
    const tag = element.localName;
    const indexes = Object.hasOwn(tags, tag) ? tags[tag] : undefined;
    if (!indexes || requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    void load(tag, indexes);
  }
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
