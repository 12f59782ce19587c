// Writes dist/css/<tag>.css: each element's styles as a stylesheet, which prerendered shadow roots
// link (one cached file per element) instead of carrying a copy of the styles each.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const registry = JSON.parse(readFileSync('src/registry.json', 'utf8'));
await import('../dist/lib/customs-widgets.js');
mkdirSync('dist/css', { recursive: true });
for (const { tag } of registry) {
  const element = customElements.get(tag);
  writeFileSync(`dist/css/${tag}.css`, `${element.elementStyles.map((style) => style.cssText).join('\n')}\n`);
}
