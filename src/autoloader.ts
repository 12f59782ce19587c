/**
 * Defines only the customs-widgets elements present on the page, and those added later: each is
 * imported from its own module the first time its tag appears, with the chunks that module needs
 * preloaded alongside it. Load it instead of the full bundle:
 * `<script type="module" src=".../dist/autoloader.js"></script>`.
 */

/** Each element's module and the chunks it imports, relative to this file; written by the build. */
const modules: Record<string, string[]> = JSON.parse('__CUSTOMS_ELEMENTS__');

const requested = new Set<string>();

function load(tag: string, files: string[]): Promise<unknown> {
  const [module, ...chunks] = files.map((file) => new URL(file, import.meta.url).href);
  for (const href of chunks) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return import(module).catch((error) => {
    requested.delete(tag);
    console.warn(`customs-widgets: could not load <${tag}>:`, error);
  });
}

/** Imports the module of every undefined element of ours in `root` (itself included). */
export function discover(root: Element | Document): void {
  const candidates = root instanceof Element ? [root, ...root.querySelectorAll(':not(:defined)')] : root.querySelectorAll(':not(:defined)');
  for (const element of candidates) {
    const tag = element.localName;
    const files = Object.hasOwn(modules, tag) ? modules[tag] : undefined;
    if (!files || requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    void load(tag, files);
  }
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
