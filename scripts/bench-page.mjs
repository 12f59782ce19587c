// npm run bench:page: an agency page with four elements (forum list, contributions, table,
// compliance links) loaded in headless Chrome/Chromium as a mid-range phone on a slow network
// would (4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down), five times each as: the page with
// no elements, with the drop-in, with the autoloader, and prerendered with the drop-in (linked
// stylesheets; inline styles; linked and preloaded from the head) or with the autoloader. BENCH_PAGES=regex picks some. Medians of
// first contentful paint, the time the elements' content is visible, total blocking time, layout
// shift, the page's HTML and our scripts (gzip). Figures for notes, not a test.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const { prerender } = await import('../dist/lib/prerender.js');
const template = readFileSync(join(root, 'bench/page.html'), 'utf8');
const TAGS = /<(customs-forum-list|customs-contributions|working-group-table|compliance-links)\b[^>]*><\/\1>\n?/g;
const script = (src) => `<script type="module" src="${src}"></script>`;

const pages = {
  'no elements': template.replace(TAGS, '').replace('<!--script-->', ''),
  'drop-in': template.replace('<!--script-->', script('/dist/customs-widgets.js')),
  autoloader: template.replace('<!--script-->', script('/dist/autoloader.js')),
};
pages['prerendered + drop-in'] = await prerender(pages['drop-in']);
pages['prerendered, inline CSS'] = await prerender(pages['drop-in'], { stylesheets: 'inline' });
pages['prerendered + autoloader'] = await prerender(pages.autoloader);

// Each prerendered element's stylesheet, fetched early from the head while the body streams in.
const preloads = (html) =>
  [...new Set(html.match(/<link rel="stylesheet" href="[^"]+">/g))].map((link) => link.replace('rel="stylesheet"', 'rel="preload" as="style"')).join('');
pages['prerendered, CSS preloaded'] = pages['prerendered + drop-in'].replace('</title>', `</title>${preloads(pages['prerendered + drop-in'])}`);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let body;
  const page = Object.keys(pages).find((name) => url.pathname === `/${encodeURIComponent(name)}.html`);
  if (page) body = pages[page];
  else {
    const file = join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    body = readFileSync(file);
  }
  // Served as a CDN would: compressed, not cached between loads (each load is a new profile).
  response.writeHead(200, { 'content-type': types[extname(url.pathname)] ?? 'application/octet-stream', 'content-encoding': 'gzip' });
  response.end(gzipSync(body, { level: 9 }));
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const base = `http://127.0.0.1:${server.address().port}`;

/** In the page, before anything else: collects paints, long tasks, shifts, and when the elements show content. */
function observe() {
  window.bench = { fcp: 0, content: 0, blocking: 0, shifts: 0 };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => e.name === 'first-contentful-paint' && (window.bench.fcp = e.startTime))).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.bench.blocking += Math.max(0, e.duration - 50)))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => !e.hadRecentInput && (window.bench.shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
  const tags = ['customs-forum-list', 'customs-contributions', 'working-group-table', 'compliance-links'];
  const check = () => {
    const shown = tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0) > 20);
    if (shown) window.bench.content = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function load(browser, name) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let scripts = 0;
  const urls = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => urls.set(requestId, response.url));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (/\/dist\/.*\.js$/.test(urls.get(requestId) ?? '')) scripts += encodedDataLength;
  });
  await page.setViewport({ width: 412, height: 915, deviceScaleFactor: 1, isMobile: true });
  await page.evaluateOnNewDocument(observe);
  await page.goto(`${base}/${encodeURIComponent(name)}.html`, { waitUntil: 'load' });
  // Long enough for the scripts to arrive and hydration to finish in idle time.
  await new Promise((done) => setTimeout(done, 6000));
  const result = await page.evaluate(() => window.bench);
  await context.close();
  if (name === 'no elements') result.content = result.fcp;
  return { ...result, scripts };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await launchChromium();
try {
  const rows = [];
  for (const name of Object.keys(pages).filter((name) => new RegExp(process.env.BENCH_PAGES ?? '.').test(name))) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await load(browser, name));
    const pick = (key) => median(runs.map((run) => run[key]));
    rows.push({ name, fcp: pick('fcp'), content: pick('content'), blocking: pick('blocking'), shifts: pick('shifts'), html: gzipSync(pages[name], { level: 9 }).length, scripts: pick('scripts') });
  }
  const ms = (value) => `${Math.round(value)} ms`.padStart(9);
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`.padStart(9);
  console.log('Agency page with four elements, 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s; medians of 5 loads');
  console.log(`${'page'.padEnd(24)}${'FCP'.padStart(9)}${'content'.padStart(9)}${'TBT'.padStart(9)}${'CLS'.padStart(7)}${'HTML'.padStart(9)}${'scripts'.padStart(9)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(24)}${ms(row.fcp)}${ms(row.content)}${ms(row.blocking)}${row.shifts.toFixed(3).padStart(7)}${kb(row.html)}${kb(row.scripts)}`);
  }
  console.log('(content: the first frame in which all four elements show their content; HTML and scripts: gzip, as transferred)');
} finally {
  await browser.close();
  server.close();
}
