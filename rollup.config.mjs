// The builds, as Shoelace and Web Awesome ship theirs:
// - for script tags, self-contained (Lit inside): dist/customs-widgets.js, every element; and
//   dist/autoloader.js, which loads dist/cdn/<tag>.js for each element on the page, preloading the
//   chunks that module needs so no request waits on another;
// - for bundlers, dist/lib/: the same modules importing `lit` by its bare name, so an app that
//   already uses Lit keeps one copy;
// - for embed pages (see src/server/embed.ts): dist/embed/embed-frame.js, the pages' script, and
//   dist/embed-host.js, which a host page loads to size their frames; each stands alone.
// Every list of elements comes from src/elements/registry.json (see scripts/elements.mjs).
import esbuild from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { dataNames } from './scripts/data-names.mjs';
import { elementModules, registry } from './scripts/elements.mjs';

/** Each element's module: it defines the tag and exports the class. */
const elementInputs = Object.fromEntries(registry.map(({ tag }) => [tag, `#elements/${tag}`]));

// Type errors fail `npm run build` in its `tsc` step; here esbuild only strips the types.
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false, sourceMap: true });
// Whitespace out of html`` and css`` literals. Every build does it alike: a prerendered page is
// hydrated by the script-tag build, and Lit matches server and browser templates by their text.
// A run of whitespace becomes one space, never none: the minifier sees each nested template as a
// document of its own, and would drop the space that starts html` <span>(AFMM)</span>`, gluing
// the words a reader sees ("Meeting(AFMM)"). It costs a few bytes (test/built-text.test.ts).
const literals = () => minifyLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } });
const scriptTagPlugins = (names = dataNames()) => [
  elementModules(),
  names,
  // Lit's production build, not its dev-mode warnings.
  resolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  literals(),
  typescript(),
  terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } }),
];

/**
 * Writes into dist/autoloader.js, in place of `JSON.parse('__CUSTOMS_ELEMENTS__')`, the chunks each
 * element's module imports, so the autoloader can preload them with the module.
 */
function autoloaderMap() {
  return {
    name: 'autoloader-map',
    generateBundle(_, bundle) {
      const closure = (file, seen = new Set()) => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const imported of bundle[file].imports) closure(imported, seen);
        return seen;
      };
      // Compact, as every page that uses the autoloader downloads it: the files its modules import,
      // once, in a list (relative to cdn/), and for each tag the indexes of those its module,
      // cdn/<tag>.js, imports.
      const chunks = [];
      const index = (file) => (chunks.includes(file) ? chunks.indexOf(file) : chunks.push(file) - 1);
      const tags = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !(chunk.name in elementInputs)) continue;
        if (chunk.fileName !== `cdn/${chunk.name}.js`) this.error(`${chunk.fileName} is not where the autoloader looks`);
        tags[chunk.name] = [...closure(chunk.fileName)].slice(1).map((file) => index(file.slice('cdn/'.length)));
      }
      const loader = bundle['autoloader.js'];
      const placeholder = 'JSON.parse("__CUSTOMS_ELEMENTS__")';
      if (!loader.code.includes(placeholder)) this.error('dist/autoloader.js has no place for the element map');
      loader.code = loader.code.replace(placeholder, `(${JSON.stringify({ chunks, tags })})`);
    },
  };
}

export default [
  // The drop-in: every element in one module for one script tag. What a page may never need
  // (another language's strings, the adopter-data validator) stays in chunks it loads on demand.
  {
    input: 'src/customs-widgets.ts',
    // The on-demand chunks import what they share (Lit, the catalogs) from the drop-in itself.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'customs-widgets.js',
      chunkFileNames: 'cdn/chunks/[name]-[hash].js',
      // One chunk for every element's French: a French page needs them all anyway, and the
      // drop-in then names one file, not thirteen.
      manualChunks: (id) => (id.endsWith('.fr.ts') ? 'fr' : undefined),
      sourcemap: true,
    },
    plugins: scriptTagPlugins(dataNames({ whole: true })),
  },
  // The autoloader and the element modules it loads, sharing Lit and the base in chunks.
  {
    input: { autoloader: 'src/autoloader.ts', ...elementInputs },
    // An element another one nests (the forum list's cards) is imported from its own module,
    // with no extra facade file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: (chunk) => (chunk.name === 'autoloader' ? '[name].js' : 'cdn/[name].js'),
      // Short names: the autoloader lists them and every element module imports them.
      chunkFileNames: 'cdn/chunks/[hash].js',
      sourcemap: true,
    },
    plugins: [...scriptTagPlugins(), autoloaderMap()],
  },
  // For bundlers, and for Node (`prerender`).
  {
    // The command line (src/server/cli.ts) keeps its published name, dist/lib/prerender-command.js.
    input: { 'customs-widgets': 'src/customs-widgets.ts', ...elementInputs, prerender: 'src/server/prerender.ts', embed: 'src/server/embed.ts', 'prerender-command': 'src/server/cli.ts' },
    // Lit and the other packages stay bare imports: the app's bundler (or Node, for prerender.js)
    // resolves them, so there is one copy of Lit.
    external: (id) => /^(lit|lit-html|lit-element|@lit|@lit-labs|valibot|parse5|leven|node:.*)(\/|$)/.test(id),
    output: {
      dir: 'dist/lib',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [elementModules(), dataNames(), resolve(), json({ preferConst: true }), literals(), typescript()],
  },
  // The embed pages' script and the host's: no imports, a few hundred bytes each. Classic scripts
  // (IIFE), which also load as modules: an embed page in WordPress's sandbox has an opaque origin,
  // where a module from its own server would need CORS headers and a classic script does not.
  ...[
    ['src/embed-frame.ts', 'dist/embed/embed-frame.js'],
    ['src/embed-host.ts', 'dist/embed-host.js'],
  ].map(([input, file]) => ({
    input,
    output: { file, format: 'iife', sourcemap: true },
    plugins: [typescript(), terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } })],
  })),
];
