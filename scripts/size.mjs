// Prints the min+gzip size of what a page downloads, and fails when a budget is exceeded:
// - the drop-in dist/customs-widgets.js (every element and all data): 20 KB;
// - the autoloader plus everything it loads for one element (its module and the chunks that
//   module imports), for each element: 11 KB.
// Sizes are gzip -9 of the minified files, each file compressed on its own, as it is served.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const BUDGETS = { dropIn: 20 * KB, autoloaded: 11 * KB };
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A module and every module it imports statically (not the dynamic import()s it may make). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) closure(join(dirname(file), path), seen);
  return seen;
}
const total = (files) => [...files].reduce((sum, file) => sum + gz(file), 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const rows = [];
const check = (label, bytes, budget) => rows.push({ label, bytes, budget, over: budget !== undefined && bytes > budget });

check('dist/customs-widgets.js (all elements, all data)', gz('dist/customs-widgets.js'), BUDGETS.dropIn);
const autoloader = closure('dist/autoloader.js');
check('dist/autoloader.js alone', total(autoloader));
const elements = [...readFileSync('src/autoloader.ts', 'utf8').matchAll(/'([a-z-]+)': \(\) => import/g)].map((match) => match[1]);
for (const tag of elements) {
  check(`autoloader + <${tag}>`, total(new Set([...autoloader, ...closure(`dist/${tag}.js`)])), BUDGETS.autoloaded);
}

const width = Math.max(...rows.map((row) => row.label.length));
for (const row of rows) {
  const budget = row.budget === undefined ? '' : ` / ${kb(row.budget)}${row.over ? '  OVER BUDGET' : ''}`;
  console.log(`${row.label.padEnd(width)}  ${kb(row.bytes).padStart(8)}${budget}`);
}
const over = rows.filter((row) => row.over);
console.log(over.length ? `\n${over.length} over budget` : '\nall within budget');
process.exit(over.length ? 1 : 0);
