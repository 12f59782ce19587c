// The layers hold in what is shipped: no browser bundle, nor the embed pages' script or the host
// page's, holds server-only code (the prerenderer, the commands, the prerender hooks), which Node
// alone runs. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const browserFiles = (folder) =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

const SERVER_ONLY = /\/src\/server\/|\/src\/core\/prerender-hooks\.ts$|\/node_modules\/(@lit-labs\/ssr|parse5)\//;

test('no browser bundle holds server-only modules', () => {
  const files = ['dist/customs-widgets.js', 'dist/autoloader.js', 'dist/embed-host.js', 'dist/embed/embed-frame.js', ...browserFiles('dist/cdn')];
  assert.ok(files.length > 20, 'the browser bundles are built');
  for (const file of files) {
    const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const server = sources.filter((source) => SERVER_ONLY.test(source.replace(/^(\.\.\/)+/, '/')));
    assert.deepEqual(server, [], `${file} holds server-only modules`);
  }
});

test('the server build keeps the prerenderer out of the element modules', () => {
  const element = readFileSync('dist/lib/working-group-table.js', 'utf8');
  assert.doesNotMatch(element, /@lit-labs\/ssr['"]|parse5/);
});
