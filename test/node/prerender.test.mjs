// `customs-widgets prerender` on a folder of pages, as a site generator's output would be, and on
// stdin; and the `prerender()` function. Runs after `npm run build` (it uses dist/lib/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './command.mjs';
import { prerender } from '../../dist/lib/prerender.js';


const page = (body, head = '<script type="module" src="/assets/customs-widgets.js"></script>') =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8">\n    ${head}\n  </head>\n  <body>\n${body}\n  </body>\n</html>\n`;

/** The shadow root the prerenderer wrote into an element, as text. */
const shadowOf = (html, tag) => {
  const start = html.indexOf(`<${tag}`);
  const open = html.indexOf('<template shadowrootmode="open">', start);
  return html.slice(open, html.indexOf(`</${tag}>`, open));
};

test('a folder of pages: each element gets its content, the rest of each page stays byte for byte', async () => {
  const site = mkdtempSync(join(tmpdir(), 'customs-site-'));
  try {
    mkdirSync(join(site, 'about'));
    mkdirSync(join(site, 'data'));
    const pages = {
      'index.html': page(`    <p>Intro & <b>markup</b> the parser must not touch: <img src=x alt=""></p>\n    <customs-forum-list></customs-forum-list>`),
      'about/fr.html': page(`    <section lang="fr"><customs-forum-card forum="asean"></customs-forum-card></section>`),
      'about/inline.html': page(
        `    <working-group-table columns="name,acronym">\n      <script type="application/json">[{"id":"x","name":"Our Own Working Group","acronym":"OOWG","kind":"sectoral","sources":[{"source":"asean-customs-overview"}]}]</script>\n    </working-group-table>`,
      ),
      'about/src.html': page(`    <customs-timeline src="../data/milestones.json"></customs-timeline>`),
      'about/typo.html': page(`    <customs-forum-card forum="wto"></customs-forum-card>`),
      'broken.html': `<html><body>\0\0 not a page <customs-forum-card forum="wco"></customs-forum-card></body></html>`,
    };
    for (const [name, html] of Object.entries(pages)) writeFileSync(join(site, name), html);
    writeFileSync(join(site, 'data/milestones.json'), JSON.stringify([{ id: 'ours', date: '2024-05-01', title: 'Our agency joins a regional programme', orgs: ['asean'], sources: [{ source: 'asean-customs-overview' }] }]));

    const first = await run(['prerender', site]);
    assert.equal(first.code, 1, 'a failed file makes the exit code non-zero');
    assert.match(first.stderr, /broken\.html: it is not an HTML document.*left as it was/);
    assert.match(first.stdout, /6 files: 5 prerendered, 0 unchanged, 1 failed/);
    assert.equal(readFileSync(join(site, 'broken.html'), 'utf8'), pages['broken.html'], 'the failed file is untouched');

    const read = (name) => readFileSync(join(site, name), 'utf8');
    // Everything outside the element is as it was: its shadow root is spliced in after its start tag.
    for (const name of Object.keys(pages).filter((name) => name !== 'broken.html')) {
      const original = pages[name];
      const tagEnd = original.indexOf('>', original.search(/<(customs-|working-group-table)/)) + 1;
      assert.ok(read(name).startsWith(original.slice(0, tagEnd)) && read(name).endsWith(original.slice(tagEnd)), `${name}: only the element changed`);
      assert.ok(read(name).slice(tagEnd).startsWith('<template shadowrootmode="open"><!--customs-widgets '), name);
    }
    // Nested cards are rendered too, each linking its stylesheet beside the page's script.
    const list = shadowOf(read('index.html'), 'customs-forum-list');
    for (const name of ['World Customs Organization', 'Asia-Pacific Economic Cooperation', 'Association of Southeast Asian Nations', 'Asia-Europe Meeting']) assert.ok(list.includes(name), name);
    assert.equal(list.split('<link rel="stylesheet" href="/assets/css/customs-forum-card.css">').length - 1, 4);
    assert.ok(!list.includes('<style>'), 'no copy of the styles in the page');
    // The language of an ancestor; inline data; a src inside the folder, read from disk.
    assert.match(shadowOf(read('about/fr.html'), 'customs-forum-card'), /Création[\s\S]*8 août 1967/);
    assert.match(shadowOf(read('about/inline.html'), 'working-group-table'), /Our Own Working Group/);
    assert.match(shadowOf(read('about/src.html'), 'customs-timeline'), /Our agency joins a regional programme/);
    // A mistake is prerendered as the browser shows it.
    assert.match(shadowOf(read('about/typo.html'), 'customs-forum-card'), /part="notice"[\s\S]*Unknown forum “wto”/);

    const second = await run(['prerender', site]);
    assert.match(second.stdout, /6 files: 0 prerendered, 5 unchanged, 1 failed/, 'a second run changes nothing');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('stdin to stdout; a page that cannot be read goes through unchanged', async () => {
  const html = page('<customs-fact-file org="wco"></customs-fact-file>', '');
  const done = await run(['prerender'], html);
  assert.equal(done.code, 0);
  assert.match(done.stdout, /<customs-fact-file org="wco"><template shadowrootmode="open"><!--customs-widgets [\w.-]+ [\w-]+ \w+ \w+--><style>/, 'no script on the page: the styles go inline');
  assert.match(done.stdout, /Brussels, Belgium/);
  const bad = await run(['prerender'], 'x\0y');
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, 'x\0y');
  assert.match(bad.stderr, /<stdin>: not prerendered/);
  assert.equal((await run(['render'])).code, 2);
});

test('prerender() for build scripts: stylesheets where the site keeps them', async () => {
  const out = await prerender('<customs-document-list category="press"></customs-document-list>', { stylesheets: 'https://cdn.example/cw/css' });
  assert.match(out, /<link rel="stylesheet" href="https:\/\/cdn.example\/cw\/css\/customs-document-list.css">/);
  assert.match(out, /Press releases and statements/);
  assert.equal(await prerender(out, { stylesheets: 'https://cdn.example/cw/css' }), out);
  const inline = await prerender('<script type="module" src="/cw/customs-widgets.js"></script><customs-document-list></customs-document-list>', { stylesheets: 'inline' });
  assert.match(inline, /<template shadowrootmode="open"><!--customs-widgets [\w.-]+ [\w-]+ \w+ \w+--><style>/);
});

test('validate: a file of your own is checked with the elements’ schema, record and field named', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'customs-validate-'));
  try {
    const bodies = join(folder, 'our-bodies.json');
    writeFileSync(bodies, JSON.stringify([{ id: 'x', name: 'X', kind: 'sectoral', established: 'soon', sources: [{ source: 'asean-customs-overview' }] }]));
    const broken = await run(['validate', '--as', 'bodies', bodies]);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /invalid {2}.*our-bodies\.json \(as bodies\):\n {2}.*our-bodies\.json:1:2: “established” in record “x” must be a date/);
    writeFileSync(bodies, JSON.stringify([{ id: 'x', name: 'X', kind: 'sectoral', established: '2020', sources: [{ source: 'asean-customs-overview' }] }]));
    const fixed = await run(['validate', '--as=bodies', bodies]);
    assert.equal(fixed.code, 0, fixed.stdout);
    const unnamed = await run(['validate', bodies]);
    assert.equal(unnamed.code, 1);
    assert.match(unnamed.stderr, /which data is it\? Name it with --as/);
    assert.equal((await run(['validate', '--as', 'nonsense', bodies])).code, 2);
    assert.equal((await run(['validate'])).code, 2);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a stray or misspelt option is a usage error (exit 2), not a file to read', async () => {
  for (const args of [['prerender', '--stylesheet', 'x', 'page.html'], ['prerender', '--bogus'], ['validate', '--ass', 'bodies', 'x.json'], ['prerender', '--stylesheets']]) {
    const { code, stderr } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /Usage: customs-widgets prerender/, args.join(' '));
  }
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /customs-widgets validate \[--as NAME\] FILE…/);
});
