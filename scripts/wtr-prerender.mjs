// `prerender`, a test-runner command: the project's own prerenderer (src/server/prerender.ts),
// built from the TypeScript sources, so the browser tests can run each element prerendered and
// then hydrated without `npm run build` (see test/fixture.ts). From a test page:
//
//   await executeServerCommand('prerender', { html: '<customs-timeline></customs-timeline>', lang: 'fr' })
//
// answers the fragment with each element's `<template shadowrootmode>` spliced in, its styles
// inline. `lang` is the language the fragment inherits from the page (English when absent).
// With `built: true` it is the published command, `customs-widgets prerender` (after `npm run
// build`), whose templates are minified as every built file's are: a test compares what the
// build gives a reader with what the sources say.
//
// The prerenderer is bundled with esbuild on the first call and imported once per test-runner run.
// The modules the build writes (`#elements…`, `#data-names/…`) come from the same Rollup plugins
// the build and the test pages use. Its templates are the sources' own, unminified, as the test
// pages serve them: server and browser render from the same template text, as hydration needs.
// (In `wtr --watch`, restart to prerender with changed sources: one Node process defines each
// element once.)
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { dataNames } from './data-names.mjs';
import { elementModules } from './elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** esbuild serves the virtual modules by asking the Rollup plugins that write them. */
function virtualModules(plugins) {
  return {
    name: 'virtual-modules',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^#/ }, async ({ path }) => {
        for (const plugin of plugins) if (await plugin.resolveId(path)) return { path, namespace: 'rollup-virtual' };
        return undefined;
      });
      esbuild.onLoad({ filter: /.*/, namespace: 'rollup-virtual' }, async ({ path }) => {
        for (const plugin of plugins) {
          const contents = await plugin.load(`\0${path}`);
          // The modules name the project's files by absolute path.
          if (contents != null) return { contents, loader: 'js', resolveDir: root };
        }
        return { errors: [{ text: `no plugin writes ${path}` }] };
      });
    },
  };
}

/** Bundles src/server/prerender.ts and imports it. */
async function buildPrerenderer() {
  // Inside the project, so that Node finds the packages the bundle leaves out (Lit, parse5…).
  const folder = `${root}node_modules/.cache/wtr-prerender`;
  const file = `${folder}/prerender-${process.pid}-${Date.now()}.mjs`;
  const { outputFiles } = await build({
    entryPoints: [`${root}src/server/prerender.ts`],
    bundle: true,
    write: false,
    outfile: file,
    platform: 'node',
    format: 'esm',
    target: ['es2022', 'node20'],
    // Experimental decorators and `useDefineForClassFields: false`, as in the browser.
    tsconfig: `${root}tsconfig.json`,
    loader: { '.json': 'json' },
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'silent',
    plugins: [virtualModules([elementModules(), dataNames()])],
  });
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    // Node has it now.
    rmSync(file, { force: true });
  }
}

/**
 * The published command, `customs-widgets prerender` from dist/, in a process of its own: in this
 * one the sources' elements may be defined already, and the server renders what is defined.
 */
function prerenderBuilt(page) {
  return new Promise((resolve, reject) => {
    const command = [`${root}bin/customs-widgets.js`, 'prerender', '--stylesheets', 'inline'];
    const child = execFile(process.execPath, command, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`customs-widgets prerender failed: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin.end(page);
  });
}

/** The plugin, for `plugins` in web-test-runner.config.mjs. */
export function prerenderCommand() {
  /** @type {Promise<typeof import('../src/server/prerender.ts')> | undefined} */
  let prerenderer;
  return {
    name: 'prerender-command',
    async executeCommand({ command, payload }) {
      if (command !== 'prerender') return undefined;
      const { html, lang, built } = payload ?? {};
      if (typeof html !== 'string') throw new Error('prerender: the payload is { html, lang?, built? }');
      // A failed build (sources being edited) is tried again on the next call.
      const fromSources = () =>
        (prerenderer ??= buildPrerenderer().catch((error) => {
          prerenderer = undefined;
          throw error;
        }));
      const prerender = built ? prerenderBuilt : async (page) => (await fromSources()).prerender(page, { stylesheets: 'inline' });
      if (!lang) return prerender(html);
      // The language the fragment inherits, given as the prerenderer reads it: an ancestor's `lang`.
      // Only the elements' content changes, so the wrapper comes back as it went.
      const open = `<div lang="${lang.replace(/[&"<]/g, '')}">`;
      const output = await prerender(`${open}${html}</div>`);
      return output.slice(open.length, -'</div>'.length);
    },
  };
}
