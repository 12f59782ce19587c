// The embed pages, for editors who can paste an iframe or a URL but no script: what the build
// writes to dist/embed/ (a page and an oEmbed response per element) and `customs-widgets embed`,
// which writes the same for other configurations. Runs after `npm run build` (it uses dist/).
// What the pages do in a browser is embed-frames.test.mjs's part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'parse5';
import { run } from './command.mjs';

const root = resolve(import.meta.dirname, '../..');
const embed = join(root, 'dist/embed');
const registry = JSON.parse(readFileSync(join(root, 'src/elements/registry.json'), 'utf8'));

/** The elements of a parsed document, depth first, with their attributes as an object. */
function* elements(node) {
  if (node.tagName) yield { name: node.tagName, attrs: Object.fromEntries(node.attrs.map(({ name, value }) => [name, value])), node };
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}
const textOf = (node) => (node.nodeName === '#text' ? node.value : [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(textOf).join(''));

/** What a page says about itself in its head, and what it holds. */
function readPage(html) {
  const all = [...elements(parse(html))];
  const find = (name, test = () => true) => all.filter((element) => element.name === name && test(element.attrs));
  return {
    lang: find('html')[0]?.attrs.lang,
    title: textOf(find('title')[0]?.node ?? { nodeName: '#text', value: '' }).trim(),
    canonical: find('link', (attrs) => attrs.rel === 'canonical')[0]?.attrs.href,
    oembed: find('link', (attrs) => attrs.rel === 'alternate' && attrs.type === 'application/json+oembed')[0]?.attrs.href,
    scripts: find('script'),
    styles: find('style'),
    styled: all.filter((element) => 'style' in element.attrs),
    stylesheets: find('link', (attrs) => attrs.rel === 'stylesheet').map(({ attrs }) => attrs.href),
    all,
  };
}

/**
 * The checks of the oEmbed specification (oembed.com, 2.3.4 and 2.3.4.4) for a `rich` response,
 * and what a consumer needs of it: one iframe, with a title, showing `page`.
 */
function assertRichOembed(json, page, where) {
  assert.equal(json.version, '1.0', `${where}: version`);
  assert.equal(json.type, 'rich', `${where}: type`);
  for (const field of ['width', 'height']) assert.ok(Number.isInteger(json[field]) && json[field] > 0, `${where}: ${field} is a positive whole number of pixels (${json[field]})`);
  assert.equal(typeof json.html, 'string', `${where}: html`);
  assert.equal(json.provider_name, 'customs-widgets', `${where}: provider_name`);
  assert.ok(typeof json.title === 'string' && json.title.length > 3, `${where}: title`);
  const frames = [...elements(parse(`<!doctype html><body>${json.html}`))].filter(({ name }) => !['html', 'head', 'body'].includes(name));
  // A blockquote with the link to the page, then the iframe: WordPress sizes the frames of such
  // HTML only (it loads wp-embed.js for a blockquote), and shows the link until the frame speaks.
  assert.deepEqual(
    frames.map(({ name }) => name),
    ['blockquote', 'a', 'iframe'],
    `${where}: html is a blockquote linking to the page, then its iframe`,
  );
  assert.equal(frames[1].attrs.href, page, `${where}: the blockquote links to the page`);
  const { attrs } = frames[2];
  assert.equal(attrs.src, page, `${where}: the iframe shows its page`);
  assert.equal(attrs.title, json.title, `${where}: the iframe's title is the page's`);
  assert.equal(attrs.height, String(json.height), `${where}: the iframe's height`);
  assert.ok(attrs.sandbox?.split(/\s+/).includes('allow-scripts'), `${where}: a sandbox that lets the page say its height`);
}

test('the build writes a page and an oEmbed response for every element, in its example configuration', () => {
  for (const { tag, example } of registry) {
    const where = `dist/embed/${tag}`;
    assert.ok(existsSync(`${embed}/${tag}.html`), `${where}.html`);
    const html = readFileSync(`${embed}/${tag}.html`, 'utf8');
    const page = readPage(html);
    const json = JSON.parse(readFileSync(`${embed}/${tag}.oembed.json`, 'utf8'));
    assertRichOembed(json, `${tag}.html`, `${where}.oembed.json`);

    assert.equal(page.lang, example.lang ?? 'en', `${where}.html: the element's language`);
    assert.equal(page.title, json.title, `${where}.html: the title the oEmbed response gives`);
    assert.equal(page.canonical, `${tag}.html`, `${where}.html: canonical`);
    assert.equal(page.oembed, `${tag}.oembed.json`, `${where}.html: oEmbed discovery`);
    // The element with the example's attributes, prerendered, and its title from its heading.
    const [element] = page.all.filter(({ name }) => name === tag);
    assert.deepEqual(element.attrs, example, `${where}.html: <${tag}> as in the registry`);
    assert.ok(element.node.childNodes[0]?.attrs?.some(({ name }) => name === 'shadowrootmode'), `${where}.html: prerendered`);
    assert.match(textOf(element.node).replace(/\s+/g, ' '), new RegExp(json.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${where}.html: the title is what it shows`);
    // Nothing that `script-src 'self'; style-src 'self'` blocks: every script and stylesheet a file beside it.
    assert.ok(page.scripts.length >= 2 && page.scripts.every(({ attrs, node }) => attrs.src && !textOf(node).trim()), `${where}.html: only scripts from files`);
    assert.deepEqual(page.styles, [], `${where}.html: no <style>`);
    assert.deepEqual(
      page.styled.map(({ name }) => name),
      [],
      `${where}.html: no style attribute`,
    );
    const files = [...page.scripts.map(({ attrs }) => attrs.src), ...page.stylesheets];
    for (const file of files) assert.ok(existsSync(resolve(embed, file)), `${where}.html loads ${file}, which is in dist/`);
    assert.ok(files.includes('../customs-widgets.js'), `${where}.html is hydrated by the drop-in beside it`);
    assert.ok(page.stylesheets.includes(`../css/${tag}.css`), `${where}.html links the element's stylesheet`);
  }
});

// What the README promises: it sizes the frames and gives them the page's look, in under a kilobyte.
test('dist/embed-host.js is under a kilobyte and imports nothing', async () => {
  const { gzipSync } = await import('node:zlib');
  const code = readFileSync(join(root, 'dist/embed-host.js'));
  const gzip = gzipSync(code, { level: 9 }).length;
  assert.ok(gzip < 1000, `${gzip} bytes gzip`);
  assert.doesNotMatch(code.toString(), /\bimport\b|\brequire\(/);
});

/** A temporary folder for a run of the command, removed after `use`. */
async function inFolder(use) {
  const folder = mkdtempSync(join(tmpdir(), 'customs-embed-'));
  try {
    return await use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const files = (folder) => Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

test('embed writes one page per element given, named from its tag and attributes; a second run changes nothing', async () => {
  await inFolder(async (folder) => {
    const out = join(folder, 'embed');
    const markups = ['<compliance-links country="MY">', '<working-group-table searchable sort="-established"></working-group-table>', '<customs-timeline org="asean" lang="fr">'];
    const first = await run(['embed', '--out', out, '--base', '/assets/customs-widgets/', ...markups]);
    assert.equal(first.code, 0, first.stderr);
    const written = files(out);
    const pages = Object.keys(written).filter((name) => name.endsWith('.html'));
    assert.equal(pages.length, 3, Object.keys(written).join(', '));
    assert.equal(Object.keys(written).length, 6, 'a page and an oEmbed response each');
    const [links, table, timeline] = ['compliance-links', 'working-group-table', 'customs-timeline'].map((tag) => pages.find((name) => name.startsWith(`${tag}.`)));
    assert.match(links, /^compliance-links\.country-my\.[0-9a-f]{8}\.html$/);
    assert.match(table, /^working-group-table\.searchable\.sort-established\.[0-9a-f]{8}\.html$/);
    assert.match(timeline, /^customs-timeline\.lang-fr\.org-asean\.[0-9a-f]{8}\.html$/);
    for (const name of [links, table, timeline]) assert.ok(first.stdout.includes(join(out, name)), `the output names ${name}`);
    assert.equal(readPage(written[timeline]).lang, 'fr');
    assert.match(readPage(written[timeline]).title, /^Jalons/);
    assert.match(written[links], /<script type="module" src="\/assets\/customs-widgets\/customs-widgets\.js"><\/script>/);
    for (const name of pages) assertRichOembed(JSON.parse(written[name.replace(/\.html$/, '.oembed.json')]), name, name);

    const times = Object.fromEntries(Object.keys(written).map((name) => [name, statSync(join(out, name)).mtimeMs]));
    // The same elements, attributes in another order and written otherwise: the same files.
    const second = await run(['embed', '--base', '/assets/customs-widgets/', '--out', out, '<compliance-links country=MY></compliance-links>', "<working-group-table sort='-established' searchable>", '<customs-timeline lang="fr" org="asean">']);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(files(out), written, 'the same names, the same bytes');
    for (const [name, time] of Object.entries(times)) assert.equal(statSync(join(out, name)).mtimeMs, time, `${name} is not written again`);
    assert.match(second.stdout, /unchanged/);
    assert.doesNotMatch(second.stdout, /written/);

    // Another value is another page.
    const third = await run(['embed', '--base', '/assets/customs-widgets/', '--out', out, '<compliance-links country="my">']);
    assert.equal(third.code, 0, third.stderr);
    assert.equal(Object.keys(files(out)).length, 8);
  });
});

test('embed with no element writes every element in its example configuration, as the build does', async () => {
  await inFolder(async (folder) => {
    const { code, stderr } = await run(['embed', '--out', folder, '--base', '../']);
    assert.equal(code, 0, stderr);
    for (const { tag } of registry) {
      assert.equal(readFileSync(join(folder, `${tag}.html`), 'utf8'), readFileSync(join(embed, `${tag}.html`), 'utf8'), `${tag}.html`);
      assert.equal(readFileSync(join(folder, `${tag}.oembed.json`), 'utf8'), readFileSync(join(embed, `${tag}.oembed.json`), 'utf8'), `${tag}.oembed.json`);
    }
  });
});

test('with --base-url, the canonical link, the oEmbed link and the iframe are absolute', async () => {
  await inFolder(async (folder) => {
    const base = 'https://www.customs.example/assets/customs-widgets/embed';
    const { code, stdout, stderr } = await run(['embed', '--out', folder, '--base', '../', '--base-url', base, '<customs-forum-card forum="asean">']);
    assert.equal(code, 0, stderr);
    const name = readdirSync(folder).find((file) => file.endsWith('.html'));
    const page = readPage(readFileSync(join(folder, name), 'utf8'));
    assert.equal(page.canonical, `${base}/${name}`);
    assert.equal(page.oembed, `${base}/${name.replace(/\.html$/, '.oembed.json')}`);
    assertRichOembed(JSON.parse(readFileSync(join(folder, name.replace(/\.html$/, '.oembed.json')), 'utf8')), `${base}/${name}`, name);
    assert.match(stdout, new RegExp(`${name}`));
  });
});

test('embed reports an element that shows a notice, and exits 1', async () => {
  await inFolder(async (folder) => {
    const { code, stderr } = await run(['embed', '--out', folder, '--base', '../', '<customs-forum-card forum="wto">']);
    assert.equal(code, 1);
    assert.match(stderr, /<customs-forum-card>: .*wto/);
  });
});

test('embed: a stray flag, no --out, an unknown element or a --base-url that is no URL is a usage error, exit 2', async () => {
  await inFolder(async (folder) => {
    for (const args of [
      ['embed', '--out', folder, '--stylesheets', 'inline', '<customs-forum-card forum="wco">'],
      ['embed', '--out', folder, '--bse', '../'],
      ['embed', '<customs-forum-card forum="wco">'],
      ['embed', '--out', folder, '<customs-forum-cards forum="wco">'],
      ['embed', '--out', folder, 'customs-forum-card'],
      ['embed', '--out', folder, '<customs-forum-card forum="wco"><customs-timeline>'],
      ['embed', '--out', folder, '--base-url', 'www.customs.example/embed/', '<customs-forum-card forum="wco">'],
    ]) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^customs-widgets embed: /, args.join(' '));
      assert.match(stderr, /Usage: /, args.join(' '));
      assert.equal(stdout, '');
    }
    assert.deepEqual(readdirSync(folder), [], 'nothing written');
  });
});
