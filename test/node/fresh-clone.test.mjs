// The README's tarball route, from the start: a fresh clone has no dist/ (it is not committed),
// and `npm pack` there must build it (`prepack`) so the tarball holds a working package. The other
// tests all start from a build that `npm test` made first, so they could never notice a tarball
// without dist/. Clones the last commit, not the working tree: commit before relying on this test.
//
// Installing the clone's dependencies is what `npm ci` does; when the clone's lockfile is the
// project's, its node_modules (installed from that same lockfile, and holding nothing of this
// package's own build) is linked instead, which saves minutes of copying and changes nothing the
// test looks at. A lockfile that differs gets a real `npm ci`, from npm's cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const isGitCheckout = spawnSync('git', ['rev-parse', '--git-dir'], { cwd: root, stdio: 'ignore' }).status === 0;

// A full build inside the test, then an install: under a minute on an idle machine, several on a
// busy 2-core one.
test('npm pack in a fresh clone, with no build before it, makes a tarball that installs and runs', { timeout: 1_200_000, skip: !isGitCheckout && 'not a git checkout: nothing to clone' }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'customs-fresh-clone-'));
  try {
    const clone = join(work, 'clone');
    run('git', ['clone', '--quiet', root, clone], work);
    assert.ok(!existsSync(join(clone, 'dist')), 'a fresh clone has no dist/');

    const { scripts } = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
    // npm ci and npm install run these: a build there would run on every install of the project.
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) {
      assert.equal(scripts[name], undefined, `no "${name}" script: installing the dependencies does not build`);
    }
    assert.ok(scripts.prepack, 'a "prepack" script builds the package when it is packed');

    const sameLockfile = readFileSync(join(clone, 'package-lock.json'), 'utf8') === readFileSync(join(root, 'package-lock.json'), 'utf8');
    if (sameLockfile) symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'junction');
    else run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], clone);

    const packed = join(work, 'packed');
    await t.test('npm pack builds dist/ first', () => {
      // No --json: the build's own output goes to stdout as well, so the tarball is found by name.
      run('npm', ['pack', '--pack-destination', work], clone);
      const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
      assert.equal(tarballs.length, 1, 'one tarball');
      mkdirSync(packed);
      run('tar', ['-xzf', join(work, tarballs[0]), '-C', packed], work);
      for (const file of ['dist/customs-widgets.js', 'dist/autoloader.js', 'dist/lib/prerender.js', 'dist/lib/prerender-command.js', 'dist/css/compliance-links.css', 'dist/schema/forums.schema.json', 'custom-elements.json']) {
        assert.ok(existsSync(join(packed, 'package', file)), `${file} is in the tarball`);
      }
    });

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'agency-site', private: true }));
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)], app);

    await t.test('npx customs-widgets prerender writes the elements into a page', () => {
      const page = join(app, 'index.html');
      writeFileSync(page, '<!doctype html>\n<html lang="en">\n<script type="module" src="/assets/customs-widgets/customs-widgets.js"></script>\n<compliance-links country="SG"></compliance-links>\n</html>\n');
      run('npx', ['--no', 'customs-widgets', 'prerender', 'index.html'], app);
      const html = readFileSync(page, 'utf8');
      assert.match(html, /<compliance-links country="SG"><template shadowrootmode="open">/);
      assert.match(html, /Singapore Customs FAQs/);
      assert.match(html, /<link rel="stylesheet" href="\/assets\/customs-widgets\/css\/compliance-links\.css">/, 'the stylesheet beside the page\'s script');
    });

    await t.test('npx customs-widgets validate checks a data file', () => {
      const forums = JSON.parse(readFileSync(join(app, 'node_modules/customs-widgets/data/forums.json'), 'utf8'));
      writeFileSync(join(app, 'forums.json'), JSON.stringify(forums));
      assert.match(run('npx', ['--no', 'customs-widgets', 'validate', 'forums.json'], app), /^valid {4}forums\.json \(as forums\)/);
      delete forums[0].acronym;
      writeFileSync(join(app, 'forums.json'), JSON.stringify(forums));
      const result = spawnSync('npx', ['--no', 'customs-widgets', 'validate', 'forums.json'], { cwd: app, encoding: 'utf8' });
      assert.equal(result.status, 1, 'a record without its acronym is invalid');
      assert.match(result.stdout + result.stderr, /acronym/);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
