// A prerendered page never shifts while it arrives, however slowly, nor when it hydrates. A browser
// paints what it has parsed so far: here the catalog page arrives in pieces, each element cut in
// two and the forum list cut before each of its cards, and the stylesheets come late, the cards'
// last, so Chromium waits for them inside the forum list. Every layout shift counts: the viewport
// is as tall as the page. Runs after `npm run build` (it uses dist/).
/* global window, document, customElements, getComputedStyle, requestAnimationFrame -- used only inside functions that run in the page */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { prerender } from '../../dist/lib/prerender.js';
import { catalogMarkup } from '../catalog-page.mjs';

const root = resolve(import.meta.dirname, '../..');
const data = (name) => JSON.parse(readFileSync(resolve(root, `data/${name}.json`), 'utf8'));
const markup = catalogMarkup({ bodies: data('bodies'), roles: data('roles') });
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered catalog</title>
    <script type="module" src="customs-widgets.js"></script></head>
    <body><main><h1>Catalog</h1>${markup}</main></body></html>`;

/** Long enough for Chromium to paint between two pieces of the page. */
const PAUSE = 200;
/** How late each stylesheet comes: the cards' after their list's. */
const stylesheetDelay = (path) => (path.endsWith('/customs-forum-card.css') ? 400 : 150);

/** Where the page is cut: in the middle of each element, and before each element nested in another. */
function cuts(html) {
  const main = html.indexOf('<main>');
  const at = [];
  for (const { 1: tag, index: start } of html.matchAll(/<([a-z]+-[\w-]+)[\s>]/g)) {
    if (start < main) continue;
    const before = html.slice(main, start);
    const nested = before.split('<template').length > before.split('</template>').length;
    at.push(nested ? start : Math.round((start + html.indexOf(`</${tag}>`, start)) / 2));
  }
  return at.sort((a, b) => a - b);
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
let pages = {};
let server;
let base;
let browser;

before(async () => {
  pages = {
    linked: await prerender(page),
    inline: await prerender(page, { stylesheets: 'inline' }),
  };
  // The page in pieces, PAUSE apart; dist/ as it is, stylesheets late.
  server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url, 'http://localhost');
    if (pathname === '/page.html') {
      const html = pages[searchParams.get('styles')];
      const pieces = [0, ...(searchParams.has('whole') ? [] : cuts(html)), html.length];
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const send = (i) => {
        response.write(html.slice(pieces[i], pieces[i + 1]));
        if (i + 2 < pieces.length) setTimeout(send, PAUSE, i + 1);
        else response.end();
      };
      send(0);
      return;
    }
    let body;
    try {
      body = readFileSync(resolve(root, 'dist', `.${pathname}`));
    } catch {
      response.writeHead(404).end();
      return;
    }
    const delay = extname(pathname) === '.css' ? stylesheetDelay(pathname) : 0;
    // no-cache: the second visit of a test fetches each stylesheet again, as late.
    const headers = { 'content-type': types[extname(pathname)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    setTimeout(() => response.writeHead(200, headers).end(body), delay);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The page's layout shifts, each with what moved (from → to, as x,y+height), and when the script defined the elements. */
function recordShifts() {
  window.shifts = [];
  new PerformanceObserver((list) =>
    list.getEntries().forEach(({ value, startTime, sources }) =>
      window.shifts.push({
        value,
        at: Math.round(startTime),
        moved: sources.map(({ previousRect: a, currentRect: b }) => `${a.x},${a.y}+${a.height} → ${b.x},${b.y}+${b.height}`),
      }),
    ),
  ).observe({ type: 'layout-shift', buffered: true });
  customElements.whenDefined('customs-forum-list').then(() => (window.definedAt = Math.round(performance.now())));
}

/** Top-level parts of shadow roots (nested ones too) that do not show, as `tag > part`. */
const hiddenParts = (page) =>
  page.evaluate(() => {
    const hidden = [];
    const walk = (scope) =>
      scope.querySelectorAll('*').forEach((element) => {
        if (!element.shadowRoot) return;
        for (const part of element.shadowRoot.children) {
          if (!['link', 'style', 'template'].includes(part.localName) && getComputedStyle(part).display === 'none') hidden.push(`${element.localName} > ${part.localName}`);
        }
        walk(element.shadowRoot);
      });
    walk(document);
    return hidden;
  });

// Wide, where the forum list's columns depend on how many cards it has and a table's column widths
// on all its rows. (A narrow page stacks them: nothing there depends on what comes later.)
const width = 1280;
for (const styles of ['linked', 'inline']) {
  test(`${styles} stylesheets: the page arrives in pieces, the styles late, and nothing shifts, before or after hydration`, async () => {
    const tab = await browser.newPage();
    try {
      // A viewport as tall as the whole page, so that a shift anywhere counts.
      await tab.setViewport({ width, height: 900 });
      await tab.goto(`${base}/page.html?styles=${styles}&whole`, { waitUntil: 'load' });
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      await tab.setViewport({ width, height: height + 100 });

      await tab.evaluateOnNewDocument(recordShifts);
      await tab.goto(`${base}/page.html?styles=${styles}`, { waitUntil: 'load' });
      assert.deepEqual(await hiddenParts(tab), [], 'once the page is in, every part of every element shows');
      await tab.waitForFunction(() => [...document.querySelectorAll('main > *')].filter((el) => el.localName.includes('-')).every((el) => el.hasUpdated && el.hydration.live), { timeout: 20000 });
      // Two frames, so that a shift of the last update is reported.
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const { shifts, definedAt } = await tab.evaluate(() => ({ shifts: window.shifts, definedAt: window.definedAt }));
      assert.deepEqual(shifts, [], `no layout shift (the script defined the elements at ${definedAt} ms)`);
    } finally {
      await tab.close();
    }
  });
}
