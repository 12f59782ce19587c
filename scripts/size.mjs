// npm run size: what a page downloads, gzip -9, each file compressed on its own as it is served,
// and the budgets (DESIGN.md, "Quality bars"); exits 1 when one is exceeded.
// - the drop-in dist/customs-widgets.js, every element and all data: 29 KB;
// - the autoloader and everything it fetches for <customs-forum-card forum="wco">: 13.5 KB;
// - the autoloader and everything it fetches for any one element: 16.5 KB.
// Per element, the table shows its data (the data files it shows, as bundled) apart from the code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classFile, registry } from './elements.mjs';

const KB = 1000;
export const BUDGETS = { dropIn: 29 * KB, forumCard: 13.5 * KB, element: 16.5 * KB };
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const gzFile = (file) => gz(readFileSync(file));

/** A module and every module it imports statically (not the import()s it may make later). */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) closure(join(dirname(file), path), seen);
  return seen;
}
const total = (files) => [...files].reduce((sum, file) => sum + gzFile(file), 0);
/** Data files as a bundle holds them, side by side: minified JSON, compressed together. */
const dataSize = (names) => gz(names.map((name) => JSON.stringify(JSON.parse(readFileSync(`data/${name}.json`, 'utf8')))).join(''));
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

export function measure() {
  const rows = [];
  const allData = readdirSync('data').map((file) => file.replace(/\.json$/, ''));
  rows.push({ label: 'dist/customs-widgets.js (every element, all data)', bytes: gzFile('dist/customs-widgets.js'), data: dataSize(allData), budget: BUDGETS.dropIn });
  // Loaded only where it is needed: by a page with prerendered elements, or one with a mistake.
  for (const [name, label] of [
    ['hydration', 'on demand: hydration of prerendered elements'],
    ['notices', 'on demand: notices about bad input'],
  ]) {
    const chunk = readdirSync('dist/cdn/chunks').find((file) => file.startsWith(`${name}-`) && file.endsWith('.js'));
    if (chunk) rows.push({ label: `  ${label}`, bytes: gzFile(`dist/cdn/chunks/${chunk}`), data: 0 });
  }
  const autoloader = gzFile('dist/autoloader.js');
  rows.push({ label: 'dist/autoloader.js alone', bytes: autoloader, data: 0 });
  for (const { tag } of registry) {
    // The data files the element's class imports.
    const files = [...readFileSync(classFile(tag), 'utf8').matchAll(/from '\.\.\/\.\.\/data\/([\w-]+)\.js'/g)].map((match) => match[1]).filter((file) => existsSync(`data/${file}.json`));
    const bytes = autoloader + total(closure(`dist/cdn/${tag}.js`));
    const budget = tag === 'customs-forum-card' ? BUDGETS.forumCard : BUDGETS.element;
    rows.push({ label: `autoloader + <${tag}>`, bytes, data: dataSize(files), budget });
  }
  return rows.map((row) => ({ ...row, over: row.budget !== undefined && row.bytes > row.budget }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  const width = Math.max(...rows.map((row) => row.label.length));
  console.log(`${'gzip -9, as served'.padEnd(width)}  ${'total'.padStart(8)}  ${'data'.padStart(8)}  ${'code'.padStart(8)}  budget`);
  for (const row of rows) {
    const budget = row.budget === undefined ? '' : `${kb(row.budget)}${row.over ? '  OVER BUDGET' : ''}`;
    console.log(`${row.label.padEnd(width)}  ${kb(row.bytes).padStart(8)}  ${kb(row.data).padStart(8)}  ${kb(row.bytes - row.data).padStart(8)}  ${budget}`);
  }
  console.log('(data: the data files an element shows, compressed together on their own; code: the rest, Lit included)');
  const over = rows.filter((row) => row.over);
  console.log(over.length ? `\n${over.length} over budget` : '\nall within budget');
  process.exit(over.length ? 1 : 0);
}
