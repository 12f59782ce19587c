// The builds, as Shoelace and Web Awesome ship theirs:
// - for script tags, self-contained (Lit inside): dist/customs-widgets.js, every element; and
//   dist/autoloader.js, which loads dist/cdn/<tag>.js for each element on the page, preloading the
//   chunks that module needs so no request waits on another;
// - for bundlers, dist/lib/: the same modules importing `lit` by its bare name, so an app that
//   already uses Lit keeps one copy.
// Every list of elements comes from src/registry.json.
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const registry = JSON.parse(readFileSync('src/registry.json', 'utf8'));
const elementInputs = Object.fromEntries(registry.map(({ tag }) => [tag, `src/${tag}/${tag}.ts`]));

// Type errors fail `npm run build` in its `tsc` step; here esbuild only strips the types.
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false, sourceMap: true });
// Whitespace out of html`` and css`` literals. Every build does it alike: a prerendered page is
// hydrated by the script-tag build, and Lit matches server and browser templates by their text.
const literals = () => minifyLiterals({ include: ['src/**/*.ts'], failOnError: true });
const scriptTagPlugins = () => [
  // Lit's production build, not its dev-mode warnings.
  resolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  literals(),
  typescript(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/**
 * Writes into dist/autoloader.js, in place of the string `__CUSTOMS_ELEMENTS__`, each element's module and
 * the chunks it imports, so the autoloader can preload them all at once.
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
      const map = Object.fromEntries(
        Object.values(bundle)
          .filter((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name in elementInputs)
          .map((chunk) => [chunk.name, [...closure(chunk.fileName)]]),
      );
      const loader = bundle['autoloader.js'];
      if (!loader.code.includes('"__CUSTOMS_ELEMENTS__"')) this.error('dist/autoloader.js has no place for the element map');
      // A string of JSON: the autoloader parses it.
      loader.code = loader.code.replace('"__CUSTOMS_ELEMENTS__"', JSON.stringify(JSON.stringify(map)));
    },
  };
}

/**
 * The drop-in bundles every data file whole, so the names module reads its names from them
 * instead of carrying src/data/names.json, a copy of some of them.
 */
function namesFromWholeFiles() {
  const id = '\0customs-names';
  return {
    name: 'names-from-whole-files',
    resolveId: (source, importer) => (source === './names.json' && importer?.endsWith('bundled-names.ts') ? id : null),
    load: (loaded) =>
      loaded === id
        ? `import compliance from ${JSON.stringify(new URL('data/compliance.json', import.meta.url).pathname)};
           import forums from ${JSON.stringify(new URL('data/forums.json', import.meta.url).pathname)};
           export default { countries: compliance.countries, forums };`
        : null,
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
      sourcemap: true,
    },
    plugins: [namesFromWholeFiles(), ...scriptTagPlugins()],
  },
  // The autoloader and the element modules it loads, sharing Lit and the base in chunks.
  {
    input: { autoloader: 'src/autoloader.ts', ...elementInputs },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: (chunk) => (chunk.name === 'autoloader' ? '[name].js' : 'cdn/[name].js'),
      chunkFileNames: 'cdn/chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [...scriptTagPlugins(), autoloaderMap()],
  },
  // For bundlers: Lit (and valibot) stay bare imports, resolved by the app's bundler.
  {
    input: { 'customs-widgets': 'src/customs-widgets.ts', ...elementInputs },
    external: (id) => /^(lit|@lit|valibot)(\/|$)/.test(id),
    output: {
      dir: 'dist/lib',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [resolve(), json({ preferConst: true }), literals(), typescript()],
  },
];
