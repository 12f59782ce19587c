// Writes dist/css/<tag>.css: each element's styles as a stylesheet, which prerendered shadow roots
// link (one cached file per element) instead of carrying a copy of the styles each. Notices'
// styles are in each: a prerendered notice shows styled before any script runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { registry } from './elements.mjs';

const { stylesheetOf } = await import('../dist/lib/prerender.js');
mkdirSync('dist/css', { recursive: true });
for (const { tag } of registry) {
  writeFileSync(`dist/css/${tag}.css`, `${stylesheetOf(tag)}\n`);
}
