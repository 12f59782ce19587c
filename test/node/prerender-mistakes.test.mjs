// Mistakes on a page are loud at build time: every notice an element would show a reader is a
// `file:line: <tag>: message` line on stderr and a call of `warn()`, and `--strict` (or the
// function's `strict`) turns them into a failure for an agency's CI. Runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './command.mjs';
import { prerender } from '../../dist/lib/prerender.js';


// Line numbers below count from this page's first line.
const mistaken = [
  '<!doctype html>',
  '<html lang="en">',
  '<head><meta charset="utf-8"><script type="module" src="/assets/customs-widgets.js"></script></head>',
  '<body>',
  '<customs-forum-card forum="wcoo"></customs-forum-card>',
  '<p>Some prose.</p>',
  '<working-group-table sort="establishedd"></working-group-table>',
  '<customs-fact-file lang="fr" heading-level="9"></customs-fact-file>',
  '<customs-forum-list><script type="application/json">[{"id": "wco"}]</script></customs-forum-list>',
  '<compliance-links contry="SG"></compliance-links>',
  '</body>',
  '</html>',
  '',
].join('\n');

const clean = mistaken
  .replace('forum="wcoo"', 'forum="wco"')
  .replace('sort="establishedd"', 'sort="established"')
  .replace(' heading-level="9"', '')
  .replace(/<script type="application\/json">.*?<\/script>/, '')
  .replace('contry=', 'country=');

test('each notice is a file:line: <tag>: message line, and the page is still written', async () => {
  const site = mkdtempSync(join(tmpdir(), 'customs-mistakes-'));
  try {
    writeFileSync(join(site, 'page.html'), mistaken);
    const { code, stdout, stderr } = await run(['prerender', site]);
    assert.equal(code, 0, 'without --strict a notice is a warning');
    const file = join(site, 'page.html');
    const lines = stderr.trim().split('\n');
    const at = (line, tag) => lines.filter((text) => text.startsWith(`${file}:${line}: <${tag}>: `));
    assert.match(at(5, 'customs-forum-card').join('\n'), /“wcoo”/, 'the unknown forum, on its line');
    assert.match(at(7, 'working-group-table').join('\n'), /“establishedd”/, 'the unknown sort, on its line');
    assert.equal(at(8, 'customs-fact-file').length, 1, 'the bad heading level, in the element’s language');
    assert.ok(at(9, 'customs-forum-list').length >= 1, 'the inline data that does not match the schema');
    assert.deepEqual(at(10, 'compliance-links').map((line) => line.slice(line.indexOf('>: ') + 3)), ['Unknown attribute “contry”, left unused. Did you mean country?'], 'the misspelt attribute, as the reader sees it');
    assert.equal(lines.length, at(5, 'customs-forum-card').length + at(7, 'working-group-table').length + at(8, 'customs-fact-file').length + at(9, 'customs-forum-list').length + at(10, 'compliance-links').length, stderr);
    assert.match(stdout, /1 prerendered.*; \d+ mistakes? \(on stderr\)/);
    // What the build reports is what the reader sees: each message is in the page's text (its
    // markup and Lit's comments left out: a notice sets each accepted value in an element of its own).
    const text = readFileSync(file, 'utf8').replace(/<[^>]*>/g, '');
    for (const line of lines) assert.ok(text.includes(line.replace(/^.*?: <[a-z-]+>: /, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')), line);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('--strict: any notice makes the exit code 1; a page without mistakes passes', async () => {
  const site = mkdtempSync(join(tmpdir(), 'customs-strict-'));
  try {
    writeFileSync(join(site, 'bad.html'), mistaken);
    writeFileSync(join(site, 'good.html'), clean);
    const both = await run(['prerender', '--strict', site]);
    assert.equal(both.code, 1, both.stdout);
    assert.match(readFileSync(join(site, 'bad.html'), 'utf8'), /shadowrootmode/, 'the page is written all the same');
    const good = await run(['prerender', '--strict', join(site, 'good.html')]);
    assert.equal(good.code, 0, good.stderr);
    assert.equal(good.stderr, '');

    const stdin = await run(['prerender', '--strict'], mistaken);
    assert.equal(stdin.code, 1);
    assert.match(stdin.stderr, /^<stdin>:5: <customs-forum-card>: /m);
    assert.match(stdin.stdout, /shadowrootmode/, 'stdin still gets the prerendered page');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('prerender(): warn() gets each notice with its element and line; strict rejects', async () => {
  const told = [];
  const output = await prerender(mistaken, { warn: (message, where) => told.push({ ...where, text: message }) });
  assert.match(output, /shadowrootmode/);
  const card = told.find((warning) => warning.tag === 'customs-forum-card');
  assert.equal(card?.line, 5);
  assert.match(card.text, /^<customs-forum-card>: .*“wcoo”/);
  assert.equal(card.text, `<customs-forum-card>: ${card.message}`);
  assert.deepEqual([...new Set(told.map((warning) => warning.line))], [5, 7, 8, 9, 10]);

  await assert.rejects(prerender(mistaken, { strict: true }), /mistakes in the page, the first at line 5: <customs-forum-card>: /);
  assert.match(await prerender(clean, { strict: true }), /shadowrootmode/);
});
