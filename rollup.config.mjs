// Two builds: the drop-in bundle, and per-element modules with the autoloader.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

const elements = [
  'customs-forum-card',
  'customs-forum-list',
  'compliance-links',
  'working-group-table',
  'customs-org-chart',
  'customs-timeline',
  'customs-fact-file',
  'customs-activity-list',
  'customs-contributions',
  'customs-dialogue-partners',
  'customs-document-list',
];

const plugins = () => [
    // Lit's production build, not its dev-mode warnings.
    resolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    // Type errors fail the build.
    typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, include: ['src/**/*.ts', 'data/*.json'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  // The drop-in: one self-contained module, for a single script tag.
  {
    input: 'src/customs-widgets.ts',
    output: { file: 'dist/customs-widgets.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  // For bundlers and the autoloader: one module per element, sharing one copy of Lit and the base
  // in chunks, each element bringing only the data it shows.
  {
    input: {
      autoloader: 'src/autoloader.ts',
      ...Object.fromEntries(elements.map((tag) => [tag, `src/${tag}/${tag}.ts`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(),
  },
];
