// `customs-widgets prerender` on a site folder it did not write: it reads nothing outside the
// folder, nothing but regular files of a bounded size, and changes no byte of a page outside the
// content it inserts. Runs after `npm run build` (it uses dist/lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './command.mjs';


const page = (body, charset = 'utf-8') => `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="${charset}">\n<title>Page</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

/** A folder for one test, removed after it, with a sibling folder outside the site. */
async function withSite(work) {
  const folder = mkdtempSync(join(tmpdir(), 'customs-safety-'));
  const site = join(folder, 'site');
  const outside = join(folder, 'outside');
  mkdirSync(site);
  mkdirSync(outside);
  try {
    await work({ site, outside });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Adopter data for the timeline, with a title to look for in the page. */
const milestones = (title) => JSON.stringify([{ id: 'ours', date: '2024-05-01', title, orgs: ['asean'], sources: [{ source: 'asean-customs-overview' }] }]);

/** Asserts that `after` is `before` with something inserted right after the start tag `startTag`, and gives what was inserted. */
function inserted(before, after, startTag) {
  const start = before.indexOf(Buffer.from(startTag));
  const end = start + startTag.length;
  assert.ok(start >= 0 && after.length > before.length, `${startTag} got content`);
  assert.deepEqual(after.subarray(0, end), before.subarray(0, end), 'the bytes before the element are as they were');
  assert.deepEqual(after.subarray(after.length - (before.length - end)), before.subarray(end), 'the bytes after its start tag are as they were');
  return after.subarray(end, after.length - (before.length - end));
}

test('src: only regular files inside the folder, of at most 1 MiB; each refusal named, the element prerendered without it', { timeout: 20_000 }, async () => {
  await withSite(async ({ site, outside }) => {
    writeFileSync(join(outside, 'secret.json'), milestones('Outside the site'));
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'data.json'), milestones('Outside the site, in a folder'));
    mkdirSync(join(site, 'data'));
    symlinkSync(join(outside, 'secret.json'), join(site, 'data', 'link.json'));
    symlinkSync(join(outside, 'folder'), join(site, 'linked-folder'));
    symlinkSync('/dev/zero', join(site, 'data', 'zero.json'));
    execFileSync('mkfifo', [join(site, 'data', 'pipe.json')]);
    mkdirSync(join(site, 'data', 'folder.json'));
    // A valid file of exactly the limit is read; one byte more is refused.
    const fits = milestones('Just fits');
    writeFileSync(join(site, 'data', 'fits.json'), fits + ' '.repeat(1_048_576 - fits.length));
    writeFileSync(join(site, 'data', 'big.json'), milestones('Too big') + ' '.repeat(1_048_576));
    writeFileSync(join(site, 'data', 'inside.json'), milestones('Inside the site'));
    symlinkSync('inside.json', join(site, 'data', 'inside-link.json'));
    const cases = {
      'link.json': /not read: it is a link to a file outside the folder being prerendered/,
      '../linked-folder/data.json': /not read: it is a link to a file outside the folder being prerendered/,
      'zero.json': /not read: it is a link to a file outside the folder being prerendered/,
      'pipe.json': /not read: it is a named pipe \(FIFO\), not a regular file/,
      'folder.json': /not read: it is a folder, not a regular file/,
      'big.json': /not read: it holds \d+ bytes, more than the 1048576 a src file may hold/,
      '../../outside/secret.json': /not read: it is outside the folder being prerendered/,
      '/../outside/secret.json': /not read: it is outside the folder being prerendered/,
      '%2e%2e/%2e%2e/outside/secret.json': /not read: it is outside the folder being prerendered/,
      'missing.json': /not read: there is no such file/,
    };
    const body = Object.keys(cases)
      .map((src) => `<customs-timeline org="asean" src="${src}"></customs-timeline>`)
      .join('\n');
    writeFileSync(join(site, 'data', 'page.html'), page(`${body}\n<customs-timeline src="fits.json"></customs-timeline>\n<customs-timeline src="inside-link.json"></customs-timeline>`));

    const { code, stderr } = await run(['prerender', site]);
    assert.equal(code, 0, 'a refused src is a notice, not a failed page');
    const html = readFileSync(join(site, 'data', 'page.html'), 'utf8');
    for (const [src, reason] of Object.entries(cases)) {
      const line = stderr.split('\n').find((text) => text.includes(`src="${src}"`)) ?? '';
      assert.match(line, new RegExp(`page\\.html:\\d+: <customs-timeline>: src="${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" not read: `), `${src}: names the page and the element`);
      assert.match(line, reason, src);
      assert.match(line, /prerendered without it/, src);
    }
    assert.doesNotMatch(html, /Outside the site/, 'nothing from outside the folder is in the page');
    assert.doesNotMatch(html, /Too big/);
    // Each refused element shows the bundled data, as in a browser that could not fetch it.
    assert.equal(html.split('ASEAN established').length - 1, Object.keys(cases).length, 'each refused element shows the bundled milestones');
    assert.match(html, /Just fits/);
    assert.match(html, /Inside the site/, 'a link to a file inside the folder is read');
  });
});

test('stdin: src files are read from the working directory, with the same guards', async () => {
  await withSite(async ({ site, outside }) => {
    writeFileSync(join(site, 'ours.json'), milestones('From the working directory'));
    writeFileSync(join(outside, 'secret.json'), milestones('Outside the site'));
    symlinkSync(join(outside, 'secret.json'), join(site, 'link.json'));
    const cwd = process.cwd();
    process.chdir(site);
    try {
      const { code, stdout, stderr } = await run(['prerender'], [page('<customs-timeline src="ours.json"></customs-timeline><customs-timeline src="link.json"></customs-timeline>')]);
      assert.equal(code, 0);
      assert.match(stdout, /From the working directory/);
      assert.doesNotMatch(stdout, /Outside the site/);
      assert.match(stderr, /<stdin>:\d+: <customs-timeline>: src="link.json" not read: it is a link to a file outside/);
    } finally {
      process.chdir(cwd);
    }
  });
});

test('stdin is read whole, as bytes: a character split between two chunks comes through whole', async () => {
  const bytes = Buffer.from(page('<p>Café — 海关</p><customs-forum-card forum="wco"></customs-forum-card>'));
  const split = bytes.indexOf(Buffer.from('海')) + 1;
  const { code, bytes: out } = await run(['prerender'], [bytes.subarray(0, split), bytes.subarray(split)]);
  assert.equal(code, 0);
  inserted(bytes, out, '<customs-forum-card forum="wco">');
  assert.ok(!out.toString('utf8').includes('\uFFFD'));
});

test('encodings: a windows-1252 page comes back exact; a page in another encoding, or not what it declares, is left as it was', async () => {
  await withSite(async ({ site }) => {
    const latin = (text) => Buffer.from(text, 'latin1');
    const table = `<working-group-table columns="name"><script type="application/json">[{"id":"x","name":"Douane \\u00e9t\\u00e9 \\u201c\\u6d77\\u5173\\u201d","kind":"sectoral","sources":[{"source":"asean-customs-overview"}]}]</script></working-group-table>`;
    const pages = {
      // é as 0xE9, “…” as 0x93/0x94 and € as 0x80, which ISO-8859-1 lacks: browsers read both labels as windows-1252.
      'windows-1252.html': latin(page(`<p>D\xe9\x93x\x94\x80</p>${table}`, 'windows-1252')),
      'iso-8859-1.html': latin(page('<p>Cr\xe9ation</p><customs-forum-card forum="asean" lang="fr"></customs-forum-card>', 'ISO-8859-1')),
      // Declared after the first 1,024 bytes: a browser changes to it when its parser meets it.
      'late-declaration.html': latin(`<!doctype html><html><head><title>${'Long '.repeat(250)}</title><meta charset="latin1"></head><body><p>Cr\xe9ation</p><customs-forum-card forum="asean" lang="fr"></customs-forum-card></body></html>`),
      'undeclared.html': latin('<!doctype html><p>Cr\xe9ation</p><customs-forum-card forum="wco"></customs-forum-card>'),
      'wrongly-declared.html': latin(page('<p>Cr\xe9ation</p><customs-forum-card forum="wco"></customs-forum-card>')),
      'shift-jis.html': Buffer.from(page('<customs-forum-card forum="wco"></customs-forum-card>', 'shift_jis')),
      'utf-16.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<customs-forum-card forum="wco"></customs-forum-card>', 'utf16le')]),
      'bom.html': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<p>é</p><customs-forum-card forum="wco"></customs-forum-card>'))]),
    };
    for (const [name, bytes] of Object.entries(pages)) writeFileSync(join(site, name), bytes);

    const first = await run(['prerender', site]);
    assert.equal(first.code, 1);
    assert.match(first.stdout, /8 files: 4 prerendered, 0 unchanged, 4 failed/);
    const read = (name) => readFileSync(join(site, name));
    for (const name of ['undeclared.html', 'wrongly-declared.html', 'shift-jis.html', 'utf-16.html']) assert.deepEqual(read(name), pages[name], `${name} is untouched`);
    assert.match(first.stderr, /undeclared\.html: it is not valid UTF-8 and declares no other encoding.*left as it was/);
    assert.match(first.stderr, /wrongly-declared\.html: it is not valid UTF-8, though <meta charset="utf-8"> says it is/);
    assert.match(first.stderr, /shift-jis\.html: it declares the encoding "shift_jis", which prerender does not write/);
    assert.match(first.stderr, /utf-16\.html: it is in UTF-16/);

    // Every byte of the page is as it was; what the encoding lacks is inserted as a character reference.
    const table1252 = inserted(pages['windows-1252.html'], read('windows-1252.html'), '<working-group-table columns="name">');
    assert.ok(table1252.includes(latin('Douane \xe9t\xe9 \x93&#x6D77;&#x5173;\x94')), 'é and “…” as windows-1252 bytes, 海关 as references');
    const french = inserted(pages['iso-8859-1.html'], read('iso-8859-1.html'), '<customs-forum-card forum="asean" lang="fr">');
    assert.ok(french.includes(latin('Cr\xe9ation')));
    const late = inserted(pages['late-declaration.html'], read('late-declaration.html'), '<customs-forum-card forum="asean" lang="fr">');
    assert.ok(late.includes(latin('Cr\xe9ation')));
    const withBom = read('bom.html');
    assert.deepEqual(withBom.subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]), 'the byte order mark is kept');
    inserted(pages['bom.html'], withBom, '<customs-forum-card forum="wco">');

    const second = await run(['prerender', site]);
    assert.match(second.stdout, /8 files: 0 prerendered, 4 unchanged, 4 failed/, 'a second run changes nothing');
  });
});

test('file modes and owners are kept; a read-only page is reported, not rewritten', async () => {
  await withSite(async ({ site }) => {
    const modes = { 'private.html': 0o600, 'public.html': 0o644, 'executable.html': 0o755, 'read-only.html': 0o444 };
    const original = page('<customs-forum-card forum="wco"></customs-forum-card>');
    for (const [name, mode] of Object.entries(modes)) {
      writeFileSync(join(site, name), original);
      chmodSync(join(site, name), mode);
    }
    const root = process.getuid?.() === 0;
    if (root) chownSync(join(site, 'private.html'), 4321, 4321);

    const { code, stdout, stderr } = await run(['prerender', site]);
    assert.equal(code, 1, 'a page that could not be rewritten fails the run');
    assert.match(stdout, /4 files: 3 prerendered, 0 unchanged, 1 failed/);
    assert.match(stderr, /read-only\.html: it is read-only \(mode 444\), so it was not rewritten/);
    for (const [name, mode] of Object.entries(modes)) assert.equal(statSync(join(site, name)).mode & 0o7777, mode, name);
    assert.equal(readFileSync(join(site, 'read-only.html'), 'utf8'), original);
    assert.match(readFileSync(join(site, 'private.html'), 'utf8'), /shadowrootmode/);
    if (root) assert.deepEqual([statSync(join(site, 'private.html')).uid, statSync(join(site, 'private.html')).gid], [4321, 4321], 'owner kept');
    assert.deepEqual(readdirSync(site).sort(), Object.keys(modes).sort(), 'no temporary file left');

    // Unchanged pages are not written at all: they keep their time.
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(site, 'public.html'), old, old);
    await run(['prerender', join(site, 'public.html')]);
    assert.equal(statSync(join(site, 'public.html')).mtime.getTime(), old.getTime());
  });
});

test('a temporary file left by a run that was killed is removed by the next; one of a running process is not', async () => {
  await withSite(async ({ site }) => {
    mkdirSync(join(site, 'about'));
    writeFileSync(join(site, 'about', 'index.html'), page('<customs-forum-card forum="wco"></customs-forum-card>'));
    // The id of a process that has ended, as that of a killed run.
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    const stale = join(site, 'about', `.index.html.${pid}.customs-widgets.tmp`);
    // And that of a process still running, as another run's would be.
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    const live = join(site, 'about', `.index.html.${running.pid}.customs-widgets.tmp`);
    writeFileSync(stale, '<p>half a page');
    writeFileSync(live, '<p>being written');
    const { code, stdout } = await run(['prerender', site]).finally(() => running.kill());
    assert.equal(code, 0);
    assert.ok(!existsSync(stale), 'the stale temporary file is gone');
    assert.match(stdout, /removed {5}.*\.index\.html\.\d+\.customs-widgets\.tmp \(a temporary file left by a run that was stopped\)/);
    assert.ok(existsSync(live), 'a temporary file of a process still running is left to it');
    assert.ok(!stale.endsWith('.html'), 'a temporary file is not named like a page');
  });
});

test('characters HTML cannot carry, in data, are written as references: a second run changes nothing and does not fail', async () => {
  await withSite(async ({ site }) => {
    // JSON escapes in the page: each is one character in the data.
    const json = String.raw`[{"id":"x","name":"Nul\u0000 bell\u0007 cr\r lone\ud800 non\ufdd0 end","kind":"sectoral","sources":[{"source":"asean-customs-overview"}]}]`;
    writeFileSync(join(site, 'index.html'), page(`<working-group-table columns="name"><script type="application/json">${json}</script></working-group-table>`));
    const first = await run(['prerender', site]);
    assert.equal(first.code, 0, first.stderr);
    const once = readFileSync(join(site, 'index.html'));
    assert.ok(!once.includes(0), 'no NUL byte in the page');
    assert.match(once.toString('utf8'), /Nul&#x0; bell&#x7; cr&#xD; lone&#xD800; non&#xFDD0; end/);
    const second = await run(['prerender', site]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /1 file: 0 prerendered, 1 unchanged, 0 failed/);
    assert.deepEqual(readFileSync(join(site, 'index.html')), once);
  });
});

test('elements are found by the parser: an attribute that reads like a shadow root is an attribute', async () => {
  await withSite(async ({ site }) => {
    // In a start tag, `<template` is an attribute's name, and `shadowrootmode` another attribute.
    const startTag = `<customs-forum-card forum="wco" <template shadowrootmode=open title='<template shadowrootmode=open><p>x</p></template>'>`;
    const before = Buffer.from(page(`${startTag}</customs-forum-card>`));
    writeFileSync(join(site, 'index.html'), before);
    const first = await run(['prerender', site]);
    assert.equal(first.code, 0, first.stderr);
    const shadow = inserted(before, readFileSync(join(site, 'index.html')), startTag).toString('utf8');
    assert.match(shadow, /^<template shadowrootmode="open"><!--customs-widgets [\w.-]+ [\w-]+ \w+ \w+-->/);
    assert.match(shadow, /World Customs Organization/);
    assert.ok(shadow.endsWith('<template data-complete></template></template>'));
    const second = await run(['prerender', site]);
    assert.match(second.stdout, /0 prerendered, 1 unchanged/);
  });
});

test('only elements a browser upgrades: none in SVG, MathML or a template; those in a declarative shadow root or an SVG foreignObject are', async () => {
  await withSite(async ({ site }) => {
    const inert = Buffer.from(
      page(
        [
          '<h1>Title</h1>',
          '<svg viewBox="0 0 10 10"><customs-forum-card forum="wco"></customs-forum-card><style>h1 { font-size: 1px }</style></svg>',
          '<math><customs-timeline></customs-timeline></math>',
          '<template><customs-fact-file org="wco"></customs-fact-file></template>',
          '<noscript><customs-forum-list></customs-forum-list></noscript>',
          '<textarea><customs-forum-list></customs-forum-list></textarea>',
        ].join('\n'),
      ),
    );
    writeFileSync(join(site, 'inert.html'), inert);
    const live = Buffer.from(
      page('<x-page><template shadowrootmode="open"><customs-forum-card forum="apec"></customs-forum-card></template></x-page>\n<svg><foreignObject><customs-forum-card forum="asem"></customs-forum-card></foreignObject></svg>'),
    );
    writeFileSync(join(site, 'live.html'), live);
    const { code, stdout } = await run(['prerender', site]);
    assert.equal(code, 0);
    assert.match(stdout, /unchanged {3}.*inert\.html \(0 elements\)/);
    assert.deepEqual(readFileSync(join(site, 'inert.html')), inert, 'the page is byte for byte the same');
    const html = readFileSync(join(site, 'live.html'), 'utf8');
    assert.match(html, /<customs-forum-card forum="apec"><template shadowrootmode="open">/);
    assert.match(html, /<customs-forum-card forum="asem"><template shadowrootmode="open">/);
  });
});

test('links: a linked page is skipped and listed, never replaced; a linked folder is not entered', async () => {
  await withSite(async ({ site, outside }) => {
    const original = page('<customs-forum-card forum="wco"></customs-forum-card>');
    mkdirSync(join(site, 'real'));
    writeFileSync(join(site, 'real', 'page.html'), original);
    writeFileSync(join(outside, 'page.html'), original);
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'index.html'), original);
    symlinkSync(join(site, 'real', 'page.html'), join(site, 'inside-link.html'));
    symlinkSync(join(outside, 'page.html'), join(site, 'outside-link.html'));
    symlinkSync(join(outside, 'folder'), join(site, 'linked-folder'));

    const { code, stdout } = await run(['prerender', site]);
    assert.equal(code, 0);
    assert.match(stdout, /skipped {5}.*inside-link\.html: a symbolic link: not rewritten/);
    assert.match(stdout, /skipped {5}.*outside-link\.html: a symbolic link: not rewritten/);
    assert.match(stdout, /skipped {5}.*linked-folder: a symbolic link to a folder: not entered/);
    assert.match(stdout, /1 file: 1 prerendered, 0 unchanged, 0 failed; 1 element; 3 links skipped/);
    assert.match(readFileSync(join(site, 'real', 'page.html'), 'utf8'), /shadowrootmode/, 'the page a link points to is prerendered where it lies');
    assert.equal(readFileSync(join(outside, 'page.html'), 'utf8'), original, 'nothing outside the folder is written');
    assert.equal(readFileSync(join(outside, 'folder', 'index.html'), 'utf8'), original);
    for (const link of ['inside-link.html', 'outside-link.html', 'linked-folder']) assert.ok(lstatSync(join(site, link)).isSymbolicLink(), `${link} is still a link`);

    // Named on the command line, a link to a page is skipped too; a link to a folder is entered.
    const named = await run(['prerender', join(site, 'outside-link.html')]);
    assert.match(named.stdout, /skipped {5}.*outside-link\.html/);
    assert.equal(readlinkSync(join(site, 'outside-link.html')), join(outside, 'page.html'));
    assert.equal(readFileSync(join(outside, 'page.html'), 'utf8'), original);
    const folder = await run(['prerender', join(site, 'linked-folder')]);
    assert.match(folder.stdout, /1 file: 1 prerendered/);
  });
});

test('a page that is a named pipe is refused without waiting for a writer', { timeout: 10_000 }, async () => {
  await withSite(async ({ site }) => {
    execFileSync('mkfifo', [join(site, 'pipe.html')]);
    const { code, stderr } = await run(['prerender', join(site, 'pipe.html')]);
    assert.equal(code, 1);
    assert.match(stderr, /pipe\.html: it is a named pipe \(FIFO\), not a regular file; left as it was/);
  });
});

test('a run stopped by SIGTERM while it writes leaves no temporary file, and the page as it was', { timeout: 20_000 }, async () => {
  await withSite(async ({ site }) => {
    const original = page('<customs-forum-card forum="wco"></customs-forum-card>');
    writeFileSync(join(site, 'index.html'), original);
    // A run that is stopped when its temporary file is written and not yet renamed over the page.
    const child = `
      import fsPromises from 'node:fs/promises';
      import { syncBuiltinESMExports } from 'node:module';
      fsPromises.rename = () => { process.kill(process.pid, 'SIGTERM'); return new Promise((resolve) => setTimeout(resolve, 10_000)); };
      syncBuiltinESMExports();
      const { main } = await import(${JSON.stringify(new URL('../../dist/lib/prerender-command.js', import.meta.url).href)});
      await main(['prerender', ${JSON.stringify(site)}]);
    `;
    const stopped = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8', timeout: 15_000 });
    assert.equal(stopped.signal, 'SIGTERM', stopped.stderr);
    assert.deepEqual(readdirSync(site), ['index.html'], 'the temporary file is gone');
    assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), original);
  });
});
