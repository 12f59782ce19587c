// `customs-widgets validate` on files as editors write them, and as no one should: missing,
// not UTF-8, not JSON, wrong in many places, and very large. Runs after `npm run build` (it uses
// dist/lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './command.mjs';


/** A temporary folder with these files, removed after `use`. */
async function withFiles(files, use) {
  const folder = mkdtempSync(join(tmpdir(), 'customs-validate-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return await use((name) => join(folder, name));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const body = (fields) => ({ id: 'x-wg', name: 'Example Working Group', kind: 'sectoral', sources: [{ source: 'asean-customs-overview' }], ...fields });

test('a missing file is named as missing, with or without --as', async () => {
  await withFiles({}, async (path) => {
    for (const args of [['validate', path('bodies.json')], ['validate', path('ours.json')], ['validate', '--as', 'bodies', path('ours.json')]]) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 1, args.join(' '));
      assert.match(stderr, /^missing +\S+\.json: no such file\n$/, args.join(' '));
      assert.doesNotMatch(stderr, /ENOENT|--as/);
      assert.equal(stdout, '');
    }
  });
});

test('a file that is not UTF-8 is refused, not read with its bytes replaced', async () => {
  await withFiles({ 'bodies.json': Buffer.concat([Buffer.from('[{"id": "caf'), Buffer.from([0xe9]), Buffer.from('"}]')]) }, async (path) => {
    const { code, stderr } = await run(['validate', path('bodies.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /bodies\.json: not UTF-8 text/);
  });
});

test('a byte-order mark is no mistake', async () => {
  await withFiles({ 'bodies.json': `\uFEFF${JSON.stringify([body({})])}` }, async (path) => {
    const { code, stdout } = await run(['validate', path('bodies.json')]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^valid {4}/);
  });
});

test('a JSON syntax error is given as file:line:column', async () => {
  const text = '[\n  {\n    "id": "x-wg",\n    "name": "Example",\n  }\n]\n';
  await withFiles({ 'bodies.json': text }, async (path) => {
    const { code, stdout } = await run(['validate', path('bodies.json')]);
    assert.equal(code, 1);
    // The trailing comma's object closes on line 5, column 3, where a key was expected.
    assert.match(stdout, /\n {2}\S*bodies\.json:5:3: not valid JSON: expected a key in double quotes, found “}”\n$/);
  });
  await withFiles({ 'bodies.json': '[{"id": "x-wg", "kind": tru}]' }, async (path) => {
    const { stdout } = await run(['validate', path('bodies.json')]);
    assert.match(stdout, /bodies\.json:1:25: not valid JSON: expected a value .*found “tru”/);
  });
});

test('schema problems are worded as the elements’ notices word them, placed at their record', async () => {
  const forums = '[\n  {"id": "wco", "name": "World Customs Organization"},\n  {"id": "apec", "name": "APEC", "acronym": "APEC", "established": "soon", "description": "d", "participation": [], "sources": [{"source": "x"}]}\n]\n';
  await withFiles({ 'forums.json': forums }, async (path) => {
    const { code, stdout } = await run(['validate', path('forums.json')]);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0], /^invalid {2}\S*forums\.json \(as forums\):$/);
    assert.match(lines[1], /forums\.json:2:3: “acronym” is missing in record “wco”$/);
    assert.match(lines.at(-1), /forums\.json:3:3: “established” in record “apec” must be a date written YYYY, YYYY-MM or YYYY-MM-DD$/);
    assert.doesNotMatch(stdout, /Invalid key|Expected|received/);
  });
});

test('problems stop at 20 per file, and the output says there are more', async () => {
  // Each empty record lacks four fields: 100 records, 400 problems.
  await withFiles({ 'bodies.json': JSON.stringify(Array(100).fill({})), 'few.json': JSON.stringify([{}, body({ established: 'soon' })]) }, async (path) => {
    const many = await run(['validate', path('bodies.json')]);
    const lines = many.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1 + 20 + 1);
    assert.match(lines.at(-1), /^ {2}and more problems: the check stops after 20$/);
    // Records are counted from 1, as a reader counts them.
    assert.match(lines[1], /“id” is missing in record 1$/);
    const few = await run(['validate', '--as', 'bodies', path('few.json')]);
    assert.equal(few.stdout.trimEnd().split('\n').length, 1 + 5);
    assert.doesNotMatch(few.stdout, /and more/);
  });
});

test('a 50 MB file of bad records finishes at once, with bounded output and memory', { timeout: 120_000 }, async () => {
  const records = Math.floor((50_000_000 - 1) / 3);
  await withFiles({ 'bodies.json': `[${Array(records).fill('{}').join(',')}]` }, async (path) => {
    // In a process of its own with a heap far smaller than reading the whole file as objects would need.
    const bin = new URL('../../bin/customs-widgets.js', import.meta.url).pathname;
    let stdout = '';
    try {
      execFileSync(process.execPath, ['--max-old-space-size=256', bin, 'validate', path('bodies.json')], { encoding: 'utf8' });
    } catch (error) {
      assert.equal(error.status, 1, error.stderr);
      stdout = error.stdout;
    }
    assert.equal(stdout.trimEnd().split('\n').length, 1 + 20 + 1);
    assert.match(stdout, /and more problems: the check stops after 20\n$/);
  });
});
