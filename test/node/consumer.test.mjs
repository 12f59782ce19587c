// An app that uses Lit itself and imports one element through the package's `exports` map,
// bundled by esbuild as an app would be: the bundle holds one copy of Lit and the element.
// Runs after `npm run build` (it bundles dist/lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

test('a consumer bundle of lit + customs-widgets/working-group-table.js has one copy of Lit', async () => {
  const app = mkdtempSync(join(tmpdir(), 'customs-consumer-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules/customs-widgets'), 'dir');
    symlinkSync(join(root, 'node_modules/lit'), join(app, 'node_modules/lit'), 'dir');
    writeFileSync(
      join(app, 'app.js'),
      `import { LitElement, html } from 'lit';
       import 'customs-widgets/working-group-table.js';
       class AppShell extends LitElement { render() { return html\`<working-group-table></working-group-table>\`; } }
       customElements.define('app-shell', AppShell);`,
    );
    const { outputFiles } = await build({ entryPoints: [join(app, 'app.js')], bundle: true, format: 'esm', write: false, absWorkingDir: app, logLevel: 'silent' });
    const code = outputFiles.map((file) => file.text).join('\n');
    const count = (marker) => code.split(marker).length - 1;
    assert.equal(count('litHtmlVersions'), 1, 'lit-html is bundled once');
    assert.equal(count('litElementVersions'), 1, 'LitElement is bundled once');
    assert.equal(count('reactiveElementVersions'), 1, 'ReactiveElement is bundled once');
    assert.ok(code.includes('"working-group-table"'), 'the element is in the bundle');
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
