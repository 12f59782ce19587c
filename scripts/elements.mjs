// The elements: src/elements/registry.json, one line each, and a folder each,
// src/elements/<tag>/, whose <tag>.ts holds the element's class. A line names the element's tag,
// its class, the attributes of an example (stories, tests, embed pages) and, under `uses`, other
// elements it renders, which its module defines too. Nothing else names an element:
// the modules that define the tags are written from the registry by `elementModules()`, a plugin
// for Rollup (the build), Vite (Storybook) and, through @web/dev-server-rollup, the test runner.
//
//   #elements/<tag>   defines <tag> and exports its class (dist/lib/<tag>.js, dist/cdn/<tag>.js)
//   #elements         every one of those (the drop-in)
// (Names that are no URL: the dev server leaves an import that parses as a URL alone.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {{ tag: string; class: string; example: Record<string, string>; uses?: string[] }[]} */
export const registry = JSON.parse(readFileSync(new URL('../src/elements/registry.json', import.meta.url), 'utf8'));

/** The file of an element's class, from the project's root. */
export const classFile = (tag) => `src/elements/${tag}/${tag}.ts`;

/** The ids this plugin answers for. */
const OURS = /^#elements(\/[a-z-]+)?$/;

/**
 * The plugin. `base` is how the generated modules name the project's files: absolute paths for
 * Rollup and Vite (the default), `/` for a dev server that serves the project from its root.
 */
export function elementModules({ base = root } = {}) {
  const file = (path) => JSON.stringify(`${base}${path}`);
  const byTag = new Map(registry.map((entry) => [entry.tag, entry]));
  return {
    name: 'element-modules',
    // Before Vite's own resolver, which takes `#` for a package's subpath import.
    enforce: 'pre',
    resolveId: (source) => (OURS.test(source) ? `\0${source}` : null),
    load(id) {
      if (!id.startsWith('\0') || !OURS.test(id.slice(1))) return null;
      const name = id.slice(1);
      if (name === '#elements') return registry.map(({ tag }) => `export * from ${JSON.stringify(`#elements/${tag}`)};`).join('\n');
      const entry = byTag.get(name.slice('#elements/'.length));
      if (!entry) throw new Error(`${id}: no such element in src/elements/registry.json`);
      return [
        ...(entry.uses ?? []).map((used) => `import ${JSON.stringify(`#elements/${used}`)};`),
        `import { defineElement } from ${file('src/core/define.ts')};`,
        `import { ${entry.class} } from ${file(classFile(entry.tag))};`,
        `export * from ${file(classFile(entry.tag))};`,
        `defineElement(${JSON.stringify(entry.tag)}, ${entry.class});`,
      ].join('\n');
    },
  };
}
