// npm test: every stage of the suite, one after another, each as its own npm script.
//   node scripts/test.mjs                    every stage
//   node scripts/test.mjs browsers node      only these, in the suite's order
// A failing stage does not stop the run: one log then shows every stage's failures, instead of
// the first one hiding the rest. A stage whose prerequisite failed in this run is skipped with
// that reason, since running it would only add a confusing second error (no dist/ after a failed
// build). When a subset is asked for, a prerequisite left out of it is assumed done already.
// Ends with a table and the closing line "stages: N passed, M failed", which CI reads; skipped
// stages are in neither count, as they say nothing about the code. Exits 1 when a stage did not pass.
import { spawnSync } from 'node:child_process';

const STAGES = [
  { name: 'lint', script: 'lint' },
  { name: 'build', script: 'build' },
  { name: 'size', script: 'size', needs: ['build'] },
  { name: 'typecheck', script: 'typecheck' },
  // The catalog and demo tests load the drop-in from dist/.
  { name: 'browsers', script: 'test:browsers', needs: ['build'] },
  // The tarball, the prerenderer and hydration all come from dist/.
  { name: 'node', script: 'test:node', needs: ['build'] },
  // The Prerendered stories use the server build in dist/lib/.
  { name: 'stories', script: 'test:stories', needs: ['build'] },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !STAGES.some((stage) => stage.name === name));
if (unknown.length) {
  console.error(`Unknown stage ${unknown.join(', ')}; choose from ${STAGES.map((stage) => stage.name).join(', ')}.`);
  process.exit(2);
}
const stages = asked.length ? STAGES.filter((stage) => asked.includes(stage.name)) : STAGES;

// Under `npm test`, npm names its own CLI: the stages then run with the same npm, without a PATH
// lookup (which on Windows would also need a shell).
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

const results = new Map();
for (const { name, script, needs = [] } of stages) {
  const unmet = needs.filter((need) => results.has(need) && results.get(need).status !== 'passed');
  if (unmet.length) {
    results.set(name, { status: 'skipped', note: `needs ${unmet.join(', ')}, which did not pass` });
    console.log(`\n=== ${name}: skipped (needs ${unmet.join(', ')}) ===`);
    continue;
  }
  console.log(`\n=== ${name}: npm run ${script} ===\n`);
  const started = performance.now();
  const { status, signal, error } = spawnSync(npm[0], [...npm.slice(1), 'run', script], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  if (status === 0) results.set(name, { status: 'passed', seconds });
  else results.set(name, { status: 'FAILED', seconds, note: error?.message ?? (signal ? `killed by ${signal}` : `exit code ${status}`) });
}

const rows = stages.map(({ name }) => {
  const { status, seconds, note } = results.get(name);
  return [name, status, seconds === undefined ? '' : seconds.toFixed(1), note ?? ''];
});
const header = ['stage', 'result', 'seconds', ''];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
// Seconds right-aligned so they can be compared at a glance; notes last, unpadded.
const line = (row) => row.map((cell, column) => (column === 2 ? cell.padStart(widths[column]) : column === 3 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd();
console.log(`\n${[header, ...rows].map(line).join('\n')}\n`);

const count = (status) => [...results.values()].filter((result) => result.status === status).length;
console.log(`stages: ${count('passed')} passed, ${count('FAILED')} failed`);
process.exitCode = count('passed') === stages.length ? 0 : 1;
