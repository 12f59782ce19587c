// The browser suite in each engine, one after another (they share the dev server's port and the
// tests need the foreground page):
//   node scripts/test-browsers.mjs [chromium] [firefox] [webkit]      (all three by default)
// Chromium is required as it always was. Firefox or WebKit missing from a developer's machine is
// reported and skipped, so `npm test` still works on a laptop; under CI (CI set, not "false" or
// "0") a missing engine fails the run, since CI installs all three (.ci/run).
// Every engine runs even after one fails, so one CI log shows every engine's failures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { missing } from './browsers.mjs';

const ENGINES = {
  chromium: { label: 'Chromium', config: 'web-test-runner.config.mjs' },
  firefox: { label: 'Firefox', config: 'web-test-runner.firefox.config.mjs' },
  webkit: { label: 'WebKit', config: 'web-test-runner.webkit.config.mjs' },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in ENGINES));
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}; choose from ${Object.keys(ENGINES).join(', ')}.`);
  process.exit(2);
}
const ci = !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);

// wtr's bin run by this Node, not npx: npx would print npm's own warnings once per engine. The
// package exports no package.json, so its folder is found from its main module.
const main = createRequire(import.meta.url).resolve('@web/test-runner');
let root = dirname(main);
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const wtr = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.wtr);

const results = [];
for (const name of asked.length ? asked : Object.keys(ENGINES)) {
  const { label, config } = ENGINES[name];
  const lacking = missing(name);
  if (lacking.length) {
    // Said once, in the closing summary.
    results.push({ label, ok: !ci, note: `${ci ? 'FAILED' : 'skipped'}: not installed: ${lacking.join('; ')}` });
    continue;
  }
  console.log(`\n=== ${label} (${config}) ===\n`);
  const started = performance.now();
  const { status, signal, error } = spawnSync(process.execPath, [wtr, '--config', config], { stdio: 'inherit' });
  const seconds = Math.round((performance.now() - started) / 1000);
  const ok = status === 0;
  results.push({ label, ok, note: `${ok ? 'passed' : `FAILED (${error?.message ?? signal ?? `exit ${status}`})`} in ${seconds} s` });
}

console.log('\nBrowser suite:');
for (const { label, note } of results) console.log(`  ${label}: ${note}`);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
