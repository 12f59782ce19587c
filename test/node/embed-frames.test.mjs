// The embed pages in headless Chromium, as a host page shows them: every dist/embed/<tag>.html in an
// iframe sized by dist/embed-host.js. Each frame is as tall as its content (within 2 px) after
// load, at a desktop's and a phone's width, and after a filter changes the table's height; with
// script off, the facts are there; the pages work under a strict CSP; a message from another
// origin is ignored; WordPress's own messages are spoken. Runs after `npm run build` (it uses dist/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, serve } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const registry = JSON.parse(readFileSync(resolve(root, 'src/elements/registry.json'), 'utf8'));
const tags = registry.map(({ tag }) => tag);
const title = (tag) => JSON.parse(readFileSync(resolve(root, `dist/embed/${tag}.oembed.json`), 'utf8')).title;

// How long a frame may take to reach its height, or an element to hydrate: well under a second
// when the machine is idle; the limit only catches one that never does.
const WITHIN = 60_000;

/** The policy the README gives for self-hosted files, on the embed pages and the host page alike. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Host pages, by path: each iframe in `frames` is an embed page of this server, or any URL. */
const hostPage = (frames, { host = true } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency page</title>
  ${host ? '<script type="module" src="/dist/embed-host.js"></script>' : ''}</head>
  <body><main><h1>Agency page</h1><p>Prose of the agency's page.</p>
  ${frames.map((src, index) => `<iframe id="f${index}" src="${src}" title="frame ${index}" width="100%" height="150" frameborder="0"></iframe><p>Prose after the frame.</p>`).join('\n')}
  </main></body></html>`;

const pages = new Map([
  ['/host.html', hostPage(tags.map((tag) => `/dist/embed/${tag}.html`))],
  ['/host-static.html', hostPage(tags.map((tag) => `/dist/embed/${tag}.html`), { host: false })],
]);

/** Host pages whose policy lets them frame more than their own origin. */
const policies = new Map();

/** Serves the project, host pages from `pages`, and every page under CSP. */
const middleware = (extra) => [
  async (context, next) => {
    const page = pages.get(context.path) ?? extra?.get(context.path);
    if (page) {
      context.type = 'html';
      context.body = page;
    } else {
      await next();
    }
    if (context.response.is('html') && !extra) context.set('Content-Security-Policy', policies.get(context.path) ?? CSP);
  },
];

/** Pages of the other origin: a page that claims a height for the frame it is in. */
const strangers = new Map([
  ['/claim.html', `<!doctype html><title>Other origin</title><script>parent.postMessage({ type: 'customs-widgets:height', height: 77 }, '*'); setInterval(() => parent.postMessage({ type: 'customs-widgets:height', height: 77 }, '*'), 50);</script>`],
]);

let browser;
let ours;
let other;

before(async () => {
  ours = await serve(root, middleware());
  other = await serve(root, middleware(strangers));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await ours?.server.stop();
  await other?.server.stop();
});

/** A new page, failing the test on any console message or error (a CSP violation is one). */
async function openPage(t, width) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => problems.push(`${message.type()}: ${message.text()} ${message.location().url ?? ''}`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.setViewport({ width, height: 900 });
  t.after(async () => {
    await page.close();
  });
  return { page, problems };
}

/** Each frame's height and its content's, where they differ by more than 2 px. */
function mismatches(page) {
  return Promise.all(
    tags.map(async (tag, index) => {
      const handle = await page.$(`#f${index}`);
      const frame = await handle.contentFrame();
      const frameHeight = await page.evaluate((iframe) => iframe.clientHeight, handle);
      // The content: from the top of the frame's document to the bottom of the element, which
      // fills the page; and the document must not scroll.
      const content = await frame.evaluate((tag) => {
        const element = document.querySelector(tag);
        return { bottom: element.getBoundingClientRect().bottom + scrollY, scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight };
      }, tag);
      const off = Math.abs(frameHeight - content.bottom) > 2 || content.scroll > content.client + 2;
      return off ? `${tag}: frame ${frameHeight} px, content ${Math.round(content.bottom)} px (document ${content.scroll} px)` : undefined;
    }),
  ).then((all) => all.filter(Boolean));
}

/** Waits until every frame fits its content; fails naming those that do not. */
async function assertFitted(page, when) {
  const deadline = Date.now() + WITHIN;
  let off = await mismatches(page);
  while (off.length && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    off = await mismatches(page);
  }
  assert.deepEqual(off, [], when);
}

test('every embed page in a host page: each frame as tall as its content at 1280 and 375 px, and after a filter', async (t) => {
  const { page, problems } = await openPage(t, 1280);
  await page.goto(`${ours.base}/host.html`, { waitUntil: 'load' });
  await assertFitted(page, 'at 1280 px, after load');
  // Tall enough to matter: a frame that stayed at its 150 px would pass the check only if empty.
  const heights = await page.$$eval('iframe', (frames) => frames.map((frame) => frame.clientHeight));
  assert.ok(
    heights.every((height) => height > 150),
    heights.join(', '),
  );

  await page.setViewport({ width: 375, height: 800 });
  await assertFitted(page, 'at 375 px');
  const narrow = await page.$$eval('iframe', (frames) => frames.map((frame) => frame.clientHeight));
  assert.ok(
    narrow.some((height, index) => height > heights[index] + 50),
    'a phone makes some frames taller',
  );

  // The table is filtered: it shrinks, and so does its frame.
  await page.setViewport({ width: 1280, height: 900 });
  await assertFitted(page, 'at 1280 px again');
  const index = tags.indexOf('working-group-table');
  const frame = await (await page.$(`#f${index}`)).contentFrame();
  const before = await page.$eval(`#f${index}`, (iframe) => iframe.clientHeight);
  await frame.waitForFunction(() => document.querySelector('working-group-table').hydration.live, { timeout: WITHIN });
  await frame.evaluate(() => document.querySelector('working-group-table').setAttribute('filter', 'transit'));
  await frame.waitForFunction(() => document.querySelector('working-group-table').shadowRoot.querySelectorAll('tbody tr').length === 1, { timeout: WITHIN });
  await assertFitted(page, 'after the filter');
  const filtered = await page.$eval(`#f${index}`, (iframe) => iframe.clientHeight);
  assert.ok(filtered < before - 200, `the frame shrank with the table (${before} → ${filtered} px)`);

  // Under the CSP, with no message: nothing was blocked, nothing went wrong.
  assert.deepEqual(
    problems.filter((problem) => !problem.includes('favicon')),
    [],
  );
});

test('with script off, every frame shows its facts, styled', async (t) => {
  const { page } = await openPage(t, 1280);
  await page.setJavaScriptEnabled(false);
  await page.goto(`${ours.base}/host-static.html`, { waitUntil: 'load' });
  for (const [index, tag] of tags.entries()) {
    const frame = await (await page.$(`#f${index}`)).contentFrame();
    const seen = await frame.evaluate((tag) => {
      const element = document.querySelector(tag);
      const links = [...element.shadowRoot.querySelectorAll('link[rel="stylesheet"]')];
      return { text: element.shadowRoot.textContent.replace(/\s+/g, ' '), styled: links.length > 0 && links.every((link) => link.sheet), display: getComputedStyle(element).display };
    }, tag);
    assert.ok(seen.text.includes(title(tag)), `${tag}: shows “${title(tag)}”`);
    assert.ok(seen.text.length > 200, `${tag}: shows its facts (${seen.text.length} characters)`);
    assert.ok(seen.styled, `${tag}: its stylesheet is loaded`);
    assert.equal(seen.display, 'block', `${tag}: styled`);
  }
});

test('a frame whose page moved to another origin cannot size it, nor can the host page itself', async (t) => {
  const { page } = await openPage(t, 1280);
  pages.set('/host-one.html', hostPage([`/dist/embed/customs-fact-file.html`]));
  policies.set('/host-one.html', `${CSP}; frame-src 'self' ${other.base}`);
  await page.goto(`${ours.base}/host-one.html`, { waitUntil: 'load' });
  const height = () => page.$eval('#f0', (iframe) => iframe.clientHeight);
  await page.waitForFunction(() => document.querySelector('#f0').clientHeight > 150, { timeout: WITHIN });
  const fitted = await height();
  // The page's own window posts a height: it is no frame.
  await page.evaluate(() => window.postMessage({ type: 'customs-widgets:height', height: 66 }, '*'));
  // The frame goes to a page of another origin (a second server), which claims a height again and again.
  const frame = await (await page.$('#f0')).contentFrame();
  await frame.goto(`${other.base}/claim.html`, { waitUntil: 'load' });
  await new Promise((done) => setTimeout(done, 500));
  assert.equal(await height(), fitted, 'the frame keeps its height');
});

test("WordPress's protocol: with a secret in the URL, the page posts its height as wp-embed expects, and again when asked", async (t) => {
  const { page } = await openPage(t, 1280);
  pages.set(
    '/host-wordpress.html',
    `<!doctype html><html lang="en"><head><title>WordPress post</title><link rel="icon" href="data:,"></head>
    <body><iframe id="f0" class="wp-embedded-content" sandbox="allow-scripts" src="/dist/embed/customs-fact-file.html#?secret=Ab3dE6gH9k" data-secret="Ab3dE6gH9k" width="600" height="338" title="fact file"></iframe></body></html>`,
  );
  // Every message the post's page gets, kept for the test (wp-embed.js would size the frame from them).
  await page.evaluateOnNewDocument(() => {
    window.received = [];
    window.addEventListener('message', (event) => window.received.push({ data: event.data, fromFrame: event.source === document.querySelector('iframe')?.contentWindow }));
  });
  await page.goto(`${ours.base}/host-wordpress.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.received.some(({ data }) => data.message === 'height'), { timeout: WITHIN });
  const wordpress = await page.evaluate(() => window.received.filter(({ data }) => data.message === 'height'));
  assert.ok(
    wordpress.every(({ data, fromFrame }) => fromFrame && data.secret === 'Ab3dE6gH9k' && Number.isInteger(data.value) && data.value > 150),
    JSON.stringify(wordpress),
  );
  const named = await page.evaluate(() => window.received.filter(({ data }) => data.type === 'customs-widgets:height'));
  assert.equal(named.at(-1).data.height, wordpress.at(-1).data.value, 'the same height in both messages');

  // WordPress says it is ready (wp-embed.js does on load): the page answers with its height again.
  const count = wordpress.length;
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: 'Ab3dE6gH9k' }, '*'));
  await page.waitForFunction((count) => window.received.filter(({ data }) => data.message === 'height').length > count, { timeout: WITHIN }, count);
  // Not to a ready with another secret.
  const now = await page.evaluate(() => window.received.length);
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: 'Zz9yX8wV7u' }, '*'));
  await new Promise((done) => setTimeout(done, 300));
  assert.equal(await page.evaluate(() => window.received.length), now, 'no answer to another secret');
});

test("a frame takes the host page's look: its text colour, font and size, and dark where the page is dark", async (t) => {
  const { page, problems } = await openPage(t, 1280);
  // A dark theme set by a class, as many design systems switch theirs, without a color-scheme.
  pages.set(
    '/host-themed.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Agency page</title>
    <style>body { font: 18px Georgia, serif; color: #1a1a1a; } body.dark { background: #121212; color: #eeeeee; }</style>
    <script type="module" src="/dist/embed-host.js"></script></head>
    <body><main><p>Prose of the agency's page.</p>
    <iframe id="f0" src="/dist/embed/customs-forum-card.html" title="forum card" width="100%" height="150" frameborder="0"></iframe></main></body></html>`,
  );
  policies.set('/host-themed.html', `${CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")}`);
  await page.goto(`${ours.base}/host-themed.html`, { waitUntil: 'load' });
  const frame = await (await page.$('#f0')).contentFrame();
  /** What a reader sees in the frame: the element's text colour, font and size, a link's colour, and the scheme of the frame. */
  const seen = () =>
    frame.evaluate(() => {
      const element = document.querySelector('customs-forum-card');
      const style = getComputedStyle(element);
      const link = element.shadowRoot.querySelector('a');
      return { color: style.color, font: style.fontFamily, size: style.fontSize, link: getComputedStyle(link).color, scheme: getComputedStyle(document.documentElement).colorScheme };
    });
  const light = { color: 'rgb(26, 26, 26)', font: 'Georgia, serif', size: '18px', link: 'rgb(11, 87, 164)', scheme: 'light' };
  await frame.waitForFunction((want) => getComputedStyle(document.querySelector('customs-forum-card')).color === want, { timeout: WITHIN }, light.color);
  assert.deepEqual(await seen(), light);

  // The reader switches the page to its dark theme: the frame follows, the link in the dark accent.
  await page.evaluate(() => document.body.classList.add('dark'));
  const dark = { color: 'rgb(238, 238, 238)', font: 'Georgia, serif', size: '18px', link: 'rgb(140, 196, 255)', scheme: 'dark' };
  await frame.waitForFunction((want) => getComputedStyle(document.querySelector('customs-forum-card')).color === want, { timeout: WITHIN }, dark.color);
  assert.deepEqual(await seen(), dark);
  // The frame has its page's scheme, so the browser paints no background of its own in it.
  assert.equal(await page.$eval('#f0', (iframe) => getComputedStyle(iframe).colorScheme), 'dark');
  await assertFittedOne(page);
  assert.deepEqual(
    problems.filter((problem) => !problem.includes('favicon')),
    [],
  );
});

/** The one frame of a page as tall as its content, once it has settled. */
async function assertFittedOne(page) {
  const frame = await (await page.$('#f0')).contentFrame();
  const deadline = Date.now() + WITHIN;
  let off;
  do {
    const frameHeight = await page.$eval('#f0', (iframe) => iframe.clientHeight);
    const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
    off = Math.abs(frameHeight - content) > 2 ? `frame ${frameHeight} px, content ${content} px` : undefined;
    if (off) await new Promise((done) => setTimeout(done, 100));
  } while (off && Date.now() < deadline);
  assert.equal(off, undefined);
}
