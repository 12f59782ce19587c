// The README's Eleventy recipe, run as written: the configuration files and the page are taken
// from README.md's code blocks (each names its file on its first line), so the README and this
// test cannot drift apart. Three new projects: ESM (`"type": "module"`, eleventy.config.js), and
// CommonJS as `npm init -y` makes it, with eleventy.config.cjs or with the ESM file renamed .mjs.
//
// Each project gets the package as the tarball of the current build holds it (runs after
// `npm run build`). Its dependencies and Eleventy are links to this project's node_modules, which
// Node follows to their real folder, where their own dependencies are: npm installing Eleventy's
// hundred-odd packages into three projects would add minutes and test nothing of ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The code block whose first line names `file` (`// eleventy.config.js`, `<!-- index.html -->`). */
function block(file) {
  const blocks = [...readme.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
  const named = blocks.filter((code) => code.split('\n')[0].replace(/^(\/\/|<!--)\s*|\s*-->$/g, '') === file);
  assert.equal(named.length, 1, `README.md has one code block starting with the name ${file}`);
  return named[0];
}

/** Links node_modules/<name> of `project` to the same package in this project's node_modules. */
function linkDependency(project, name) {
  const link = join(project, 'node_modules', name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(join(root, 'node_modules', name), link, 'junction');
}

const projects = [
  { name: 'an ESM project', type: 'module', config: 'eleventy.config.js', from: 'eleventy.config.js' },
  { name: 'a CommonJS project', type: 'commonjs', config: 'eleventy.config.cjs', from: 'eleventy.config.cjs' },
  { name: 'a CommonJS project with the ESM file as .mjs', type: 'commonjs', config: 'eleventy.config.mjs', from: 'eleventy.config.js' },
];

test('the README\'s Eleventy recipe copies dist/ and prerenders the page', { timeout: 600_000 }, async (t) => {
  assert.ok(existsSync(join(root, 'dist/customs-widgets.js')), 'dist/ is built (npm run build) before this test');
  const work = mkdtempSync(join(tmpdir(), 'customs-recipes-'));
  try {
    // The package as it would be installed: the files of the tarball, unpacked.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: root, stdio: 'ignore' });
    const { version, dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    execFileSync('tar', ['-xzf', `customs-widgets-${version}.tgz`], { cwd: work });
    const page = block('index.html');

    for (const { name, type, config, from } of projects) {
      await t.test(name, () => {
        const project = join(work, config.replace(/\./g, '-'));
        mkdirSync(project);
        // What `npm init -y` writes, as far as Eleventy and Node read it.
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'agency-site', version: '1.0.0', type }, null, 2));
        cpSync(join(work, 'package'), join(project, 'node_modules/customs-widgets'), { recursive: true });
        for (const dependency of [...Object.keys(dependencies), '@11ty/eleventy']) linkDependency(project, dependency);
        writeFileSync(join(project, config), block(from));
        writeFileSync(join(project, 'index.html'), page);
        // An editor's typo: the build says where it is.
        writeFileSync(join(project, 'typo.html'), page.replace('country="SG"', 'country="SGG"'));

        const eleventy = join(project, 'node_modules/@11ty/eleventy/cmd.cjs');
        const built = spawnSync(process.execPath, [eleventy], { cwd: project, encoding: 'utf8' });
        assert.equal(built.status, 0, `Eleventy failed:\n${built.stdout}\n${built.stderr}`);
        const typoLine = page.split('\n').findIndex((line) => line.includes('<compliance-links')) + 1;
        assert.match(built.stderr, new RegExp(`_site/typo/index\\.html:${typoLine}: <compliance-links>: .*“SGG”`), `the notice, with the page and line:\n${built.stderr}`);
        assert.doesNotMatch(built.stderr, /_site\/index\.html/, 'a page without mistakes is not reported');

        const html = readFileSync(join(project, '_site/index.html'), 'utf8');
        assert.match(html, /<compliance-links country="SG"><template shadowrootmode="open">/, 'the element is prerendered');
        assert.match(html, /Singapore Customs FAQs/);
        // Every file the page loads is in the output, as the package has it.
        const loaded = [...html.matchAll(/<script type="module" src="([^"]+)"|<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] ?? match[2]);
        assert.deepEqual(loaded, ['/assets/customs-widgets/customs-widgets.js', '/assets/customs-widgets/css/compliance-links.css']);
        for (const url of loaded) {
          const copied = join(project, '_site', url);
          assert.ok(existsSync(copied), `${url} is in the output`);
          assert.ok(readFileSync(copied).equals(readFileSync(join(root, 'dist', url.replace('/assets/customs-widgets/', '')))), `${url} is the package's file`);
        }
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
