// custom-elements.json describes the public API only, at paths that exist in the published
// package; editor and framework integrations are generated from it into dist/integrations/ by
// the maintained plugins each tool's users know.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const outdir = 'dist/integrations';
/** The element classes' types (and the event's), from where the integration files are written. */
const globalTypePath = '../types/customs-widgets.js';

/**
 * The published module that exports what a source file declares: an element's module
 * (`dist/lib/<tag>.js`, which exports its class), the autoloader, the prerenderer, or the main
 * module for what the elements share. The sources themselves are not in the package.
 */
function publishedPath(source) {
  const path = source.replace(/^\//, '');
  const element = /^src\/elements\/([a-z-]+)\/\1(\.[a-z]+)?\.ts$/.exec(path);
  if (element) return `dist/lib/${element[1]}.js`;
  if (path === 'src/autoloader.ts') return 'dist/autoloader.js';
  const entry = /^src\/(?:server\/)?(prerender|customs-widgets)\.ts$/.exec(path);
  if (entry) return `dist/lib/${entry[1]}.js`;
  return 'dist/lib/customs-widgets.js';
}

/** Rewrites every `src/….ts` path anywhere in the manifest (module paths, superclass and inheritedFrom references). */
function rewritePaths(node) {
  if (Array.isArray(node)) return node.map(rewritePaths);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'module' || key === 'path' ? (typeof value === 'string' && /^\/?src\/.*\.ts$/.test(value) ? publishedPath(value) : value) : rewritePaths(value)]));
  return node;
}

/** Sets the type of every event typed `from` to `to`. */
function eventTypes(manifest, from, to) {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) for (const event of declaration.events ?? []) if (event.type?.text === from) event.type.text = to;
}

/** The controllers every element holds, its data controller and its strings: implementation, reached by the prerenderer, not by pages. */
const CONTROLLERS = new Set(['dataSource', 'localize', 'notices', 'sources', 'hydration', 'strings']);

/** Each element class's data type, from `extends CustomsElement<Type>`, for its inherited `data` property. */
const dataTypes = new Map();

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // `data` is declared once, in the base, as `T`: each element's is the type it extends the base with.
      name: 'data-type-per-element',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const base = node.heritageClauses?.flatMap((clause) => clause.types).find((type) => type.expression.getText() === 'CustomsElement');
        if (base?.typeArguments?.length) dataTypes.set(node.name.getText(), base.typeArguments[0].getText());
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? []) {
            const type = dataTypes.get(declaration.name);
            const data = declaration.members?.find((member) => member.name === 'data');
            if (type && data) data.type = { text: type };
          }
      },
    },
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            // Private (#) and protected members are implementation, not something a page may use.
            declaration.members = declaration.members.filter(
              (member) => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#') && !CONTROLLERS.has(member.name),
            );
          }
        }
      },
    },
    {
      // The integrations type a handler as CustomEvent<T>, T the event's type here, and import T once
      // per element, which repeats a name every element shares: name the detail by an import() type.
      name: 'event-detail-for-integrations',
      packageLinkPhase({ customElementsManifest }) {
        eventTypes(customElementsManifest, 'CustomsErrorEvent', `import('${globalTypePath}').CustomsErrorDetail`);
      },
    },
    customElementVsCodePlugin({ outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir, webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
    customElementJsxPlugin({ outdir, fileName: 'jsx.d.ts', globalTypePath, hideLogs: true }),
    customElementVuejsPlugin({ outdir, fileName: 'vue.d.ts', globalTypePath, hideLogs: true }),
    {
      // Last: the integrations above read the manifest as analysed; the file written points into the package.
      name: 'published-paths',
      packageLinkPhase({ customElementsManifest }) {
        eventTypes(customElementsManifest, `import('${globalTypePath}').CustomsErrorDetail`, 'CustomsErrorEvent');
        customElementsManifest.modules = rewritePaths(customElementsManifest.modules);
      },
    },
  ],
};
