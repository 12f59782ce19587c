// The tarball `npm pack` would publish, installed into a new project as a user would install it:
// its file list (what a user needs, nothing more), a plain page using its script-tag files, an
// esbuild bundle of one element, a TypeScript consumer (properties, JSX and Vue types), and the
// command. Runs after `npm run build`, and packs that build as it is (`--ignore-scripts`: `prepack`
// would build it again, and rewrite dist/ under the other tests reading it); that packing builds
// by itself is fresh-clone.test.mjs's part. Installs the tarball's dependencies from npm's cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, serve } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const registry = JSON.parse(readFileSync(join(root, 'src/elements/registry.json'), 'utf8'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// npm pack, npm install, a browser, esbuild and tsc, one after another: about a minute when the
// machine is idle, over five minutes seen on a busy 2-core machine (tsc alone took four).
test('the packed tarball installs and works in a new project', { timeout: 1_200_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'customs-pack-'));
  try {
    assert.ok(existsSync(join(root, 'dist/customs-widgets.js')), 'dist/ is built (npm run build) before this test');
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root));
    const files = packed.files.map((file) => file.path);
    console.log(`tarball: ${packed.filename}, ${(packed.size / 1000).toFixed(1)} KB packed, ${(packed.unpackedSize / 1000).toFixed(1)} KB unpacked, ${files.length} files`);

    await t.test('holds what a user needs, and nothing of the repository besides', () => {
      for (const needed of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'custom-elements.json', 'bin/customs-widgets.js', 'dist/customs-widgets.js', 'dist/autoloader.js', 'dist/lib/prerender.js', 'dist/types/customs-widgets.d.ts', 'dist/integrations/web-types.json', 'dist/integrations/vscode.html-custom-data.json', 'dist/integrations/jsx.d.ts', 'dist/integrations/vue.d.ts']) {
        assert.ok(files.includes(needed), `${needed} is in the tarball`);
      }
      for (const { tag } of registry) assert.ok(files.includes(`dist/css/${tag}.css`), `dist/css/${tag}.css is in the tarball`);
      for (const file of ['dist/embed-host.js', 'dist/embed/embed-frame.js', 'dist/embed/embed-frame.css', ...registry.flatMap(({ tag }) => [`dist/embed/${tag}.html`, `dist/embed/${tag}.oembed.json`])]) {
        assert.ok(files.includes(file), `${file} is in the tarball`);
      }
      // Source maps stay: they carry the sources in them, so a user's debugger shows our code.
      const strays = files.filter((file) => /^(src|test|stories|scripts|demo|bench|storybook-static|node_modules|\.)|\.tsbuildinfo$/.test(file));
      assert.deepEqual(strays, [], 'no sources, tests, stories or caches');
      // Every path the manifest names, and every file package.json points at, is in the tarball.
      const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
      for (const module of manifest.modules) assert.ok(files.includes(module.path), `custom-elements.json names ${module.path}, which is in the tarball`);
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const leaves = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(leaves));
      const targets = [pkg.main, pkg.types, pkg['web-types'], ...Object.values(pkg.bin), ...leaves(pkg.exports)];
      // Patterns (`./dist/schema/*`) are checked by the files they match being there at all.
      for (const target of targets.filter((path) => !path.includes('*'))) assert.ok(files.includes(target.replace(/^\.\//, '')), `package.json points at ${target}, which is in the tarball`);
    });

    // A new project: the tarball, and what its TypeScript consumer compiles against.
    const app = join(work, 'app');
    npm(['init', '-y'], work);
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'agency-site', private: true, type: 'module' }));
    const versions = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
    const pin = (name) => `${name}@${versions[`node_modules/${name}`].version}`;
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename), pin('typescript'), pin('vue'), pin('react'), pin('@types/react')], app);
    const installed = join(app, 'node_modules/customs-widgets');

    await t.test('a plain page using the script-tag files renders every element', async () => {
      writeFileSync(
        join(app, 'index.html'),
        `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>${registry.map(({ tag, example }) => `<${tag}${Object.entries(example).map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`).join('\n')}
        <script type="module" src="/node_modules/customs-widgets/dist/customs-widgets.js"></script></body></html>`,
      );
      const { server, base } = await serve(app);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        await page.goto(`${base}/index.html`, { waitUntil: 'networkidle0' });
        // In the page: `globalThis.document`, since this file is linted as Node code.
        const empty = await page.evaluate((tags) => tags.filter((tag) => !(globalThis.document.querySelector(tag)?.shadowRoot?.textContent?.trim().length > 20)), registry.map(({ tag }) => tag));
        assert.deepEqual(empty, [], 'every element shows its content');
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
        await server.stop();
      }
    });

    await t.test('a bundler builds one element from the package', async () => {
      writeFileSync(join(app, 'main.js'), "import 'customs-widgets/working-group-table.js';\nconsole.log(customElements.get('working-group-table'));\n");
      const { outputFiles } = await build({ entryPoints: [join(app, 'main.js')], bundle: true, format: 'esm', write: false, absWorkingDir: app, logLevel: 'silent' });
      const code = outputFiles[0].text;
      assert.ok(code.includes('"working-group-table"'), 'the element is in the bundle');
      assert.ok(!code.includes('customs-forum-card'), 'and no other element');
    });

    await t.test('TypeScript knows the elements, their properties, and the JSX and Vue types', () => {
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', lib: ['es2022', 'dom'], types: [], skipLibCheck: false }, include: ['*.ts', '*.tsx'] }),
      );
      writeFileSync(
        join(app, 'page.ts'),
        `import 'customs-widgets/working-group-table.js';
import type { Body, CustomsErrorDetail } from 'customs-widgets';
const table = document.querySelector('working-group-table')!;
const rows: Body[] = table.data;
table.sort = '-established';
table.addEventListener('customs-error', (event) => { const detail: CustomsErrorDetail = event.detail; console.log(detail.accepted, rows.length); });
`,
      );
      writeFileSync(
        join(app, 'app.tsx'),
        `import type { CustomElements } from 'customs-widgets/jsx';
import type {} from 'customs-widgets/vue';
declare module 'react' { namespace JSX { interface IntrinsicElements extends CustomElements {} } }
export const view = <working-group-table sort="name" searchable oncustoms-error={(event) => console.log(event.detail.message)} />;
`,
      );
      const tsc = join(app, 'node_modules/typescript/bin/tsc');
      try {
        execFileSync(process.execPath, [tsc, '-p', app], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        assert.fail(`the consumer does not type-check:\n${error.stdout}`);
      }
      // And a wrong property is caught, so the check above checks something.
      writeFileSync(join(app, 'wrong.ts'), "import 'customs-widgets/working-group-table.js';\ndocument.querySelector('working-group-table')!.sort = 42;\n");
      assert.throws(() => execFileSync(process.execPath, [tsc, '-p', app], { cwd: app, stdio: 'pipe' }), 'a number for sort is a type error');
      rmSync(join(app, 'wrong.ts'));
    });

    await t.test('the command runs from the installed package', () => {
      const bin = join(app, 'node_modules/.bin/customs-widgets');
      assert.ok(existsSync(bin), 'npm linked the bin');
      const html = execFileSync(bin, ['prerender', '--stylesheets', 'inline'], { input: '<html lang="en"><body><customs-fact-file org="wco"></customs-fact-file></body></html>', encoding: 'utf8' });
      assert.match(html, /<customs-fact-file org="wco"><template shadowrootmode="open">/);
      assert.match(html, /176/);
      const checked = execFileSync(bin, ['validate', join(installed, 'data/bodies.json')], { encoding: 'utf8' });
      assert.match(checked, /^valid {4}.*bodies\.json \(as bodies\)/);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
