// After tsc: the type declarations at the paths package.json's `exports` name. tsc writes them
// where the sources are (dist/types/elements/<tag>/<tag>.d.ts, dist/types/server/prerender.d.ts);
// the published paths re-export those. The drop-in's list of elements is written by the build
// (scripts/elements.mjs), so its declaration gets the same list here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { registry } from './elements.mjs';

const write = (file, text) => {
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  writeFileSync(file, text);
};

for (const { tag } of registry) write(`dist/types/${tag}/${tag}.d.ts`, `export * from '../elements/${tag}/${tag}.js';\n`);
write('dist/types/prerender.d.ts', `export * from './server/prerender.js';\n`);

const main = 'dist/types/customs-widgets.d.ts';
const placeholder = "export * from '#elements';";
const text = readFileSync(main, 'utf8');
if (!text.includes(placeholder)) throw new Error(`${main}: no "${placeholder}" to replace`);
writeFileSync(main, text.replace(placeholder, registry.map(({ tag }) => `export * from './elements/${tag}/${tag}.js';`).join('\n')));
