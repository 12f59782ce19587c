// An element is its folder plus one registry line: a made-up element, added to a copy of the
// project with nothing else edited, is defined by the drop-in, loaded by the autoloader, published
// as its own module and prerendered by the server build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const TAG = 'made-up-element';

const ELEMENT = `import { html } from 'lit';
import { forums } from '../../data/forums.js';
import type { Forum } from '../../data/schema.js';
import { CustomsElement } from '../../core/customs-element.js';
import { DataController } from '../../core/data-controller.js';

/** @tagname ${TAG} */
export class MadeUpElement extends CustomsElement<Forum[]> {
  override readonly dataSource = new DataController<Forum[]>(this, 'forums', forums);

  protected override renderContent(): unknown {
    return html\`<p>Made up: \${this.data.length} forums</p>\`;
  }
}
`;

test('a new element needs its folder and one registry line, nothing else', { timeout: 300_000 }, async () => {
  const copy = mkdtempSync(join(tmpdir(), 'customs-widgets-registry-'));
  try {
    for (const path of ['src', 'scripts', 'data', 'package.json', 'rollup.config.mjs', 'tsconfig.json']) cpSync(join(root, path), join(copy, path), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    mkdirSync(join(copy, `src/elements/${TAG}`));
    writeFileSync(join(copy, `src/elements/${TAG}/${TAG}.ts`), ELEMENT);
    const registryFile = join(copy, 'src/elements/registry.json');
    const registry = JSON.parse(readFileSync(registryFile, 'utf8'));
    writeFileSync(registryFile, JSON.stringify([...registry, { tag: TAG, class: 'MadeUpElement', example: {} }]));

    execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: copy, stdio: 'pipe' });

    const dropIn = readFileSync(join(copy, 'dist/customs-widgets.js'), 'utf8');
    assert.match(dropIn, new RegExp(`["']${TAG}["']`), 'the drop-in defines it');
    const autoloader = readFileSync(join(copy, 'dist/autoloader.js'), 'utf8');
    assert.match(autoloader, new RegExp(`["']?${TAG}["']?:\\[`), "the autoloader knows its module's chunks");
    assert.ok(existsSync(join(copy, `dist/cdn/${TAG}.js`)), 'the autoloader has a module to load');
    assert.ok(existsSync(join(copy, `dist/lib/${TAG}.js`)), 'bundlers have a module to import');

    const { prerender } = await import(join(copy, 'dist/lib/prerender.js'));
    const page = await prerender(`<${TAG}></${TAG}>`);
    assert.match(page.replace(/<!--[^]*?-->/g, ''), /<p>Made up: 4 forums<\/p>/, 'the server renders it');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
