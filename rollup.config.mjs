// The drop-in bundle: one self-contained ES module with Lit, our code and the data.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

export default {
  input: 'src/customs-widgets.ts',
  output: {
    file: 'dist/customs-widgets.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Lit's production build, not its dev-mode warnings.
    resolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    // Type errors fail the build.
    typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, include: ['src/**/*.ts', 'data/*.json'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
