// Hydration that never moves the page, checked many times over: every element's prerendered page
// loaded again and again in headless Chromium with its CPU slowed down, each load in another of the
// ways a reader's browser may meet it (the page whole or arriving in pieces, stylesheets early or
// late, the drop-in or the autoloader, a reader who points at the element early or not at all,
// phone, column and desktop widths), until every element has hydrated. Every load must show no
// layout shift (CLS exactly 0), no console message, and the same text before and after.
//
//   npm run test:hydration                      30 loads per element, 4× CPU slowdown
//   node scripts/hydration-stress.mjs --loads 3 --tags working-group-table
//
// `npm test` runs a short version (test/node/hydration-stress.test.mjs). Runs after `npm run build`.
/* global window, document, requestAnimationFrame, MutationObserver -- used only inside functions that run in the page */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { registry } from './elements.mjs';

const root = resolve(import.meta.dirname, '..');

/** How long an element may take to hydrate before the load counts as failed: room for a busy machine. */
const HYDRATED_WITHIN = 120_000;

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const attributes = (example) =>
  Object.entries(example)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');

/**
 * A plain agency page around some elements, as the prerenderer leaves it: one element, or every
 * element, as a page of several would have them, every other one in French.
 */
async function pageFor(prerender, entries, script) {
  const elements = entries.map(({ tag, example }, i) => `<${tag}${attributes(example)}${entries.length > 1 && i % 2 ? ' lang="fr"' : ''}></${tag}>`);
  const title = entries.length > 1 ? 'every element' : entries[0].tag;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="/${script}"></script>
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; } main > p { margin: 1em 0; }</style></head>
<body><main><h1>Hydration of ${title}</h1><p>Some prose of the agency's page before the element.</p>
${elements.join('\n<p>Some prose between elements.</p>\n')}
<p>Some prose after it, which would move if the element changed height.</p></main></body></html>`;
  return prerender(html);
}

/**
 * The n-th load's conditions: every combination comes round in turn, so a short run still meets
 * each one, and a long run meets each many times.
 */
function conditions(n) {
  const pick = (values, period) => values[Math.floor(n / period) % values.length];
  return {
    script: pick(['customs-widgets.js', 'autoloader.js'], 1),
    pieces: pick([false, true], 2),
    stylesheetDelay: pick([0, 250], 4),
    point: pick([false, true], 8),
    width: pick([1280, 375, 800], 16),
  };
}

/** Serves dist/ and the pages; a page may come in pieces, and stylesheets late. */
async function startServer(pages) {
  const server = createServer((request, response) => {
    const { pathname, searchParams } = new URL(request.url, 'http://localhost');
    const html = pages.get(pathname);
    if (html) {
      response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
      if (!searchParams.has('pieces')) return void response.end(html);
      // Cut in the middle of the element's shadow root, and again before its end: a browser paints
      // what it has between the pieces.
      const start = html.indexOf('<template shadowrootmode');
      const end = html.lastIndexOf('</template>');
      const cuts = [0, Math.round(start + (end - start) / 3), Math.round(start + ((end - start) * 2) / 3), html.length];
      const send = (i) => {
        response.write(html.slice(cuts[i], cuts[i + 1]));
        if (i + 2 < cuts.length) setTimeout(send, 150, i + 1);
        else response.end();
      };
      return void send(0);
    }
    let body;
    try {
      body = readFileSync(resolve(root, 'dist', `.${pathname}`));
    } catch {
      return void response.writeHead(404).end();
    }
    const delay = extname(pathname) === '.css' ? Number(searchParams.get('delay') ?? 0) : 0;
    setTimeout(() => response.writeHead(200, { 'content-type': types[extname(pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body), delay);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** One load of a page (`name`: an element's, or every element's); resolves to what went wrong (empty when nothing did). */
async function load(browser, base, { name, tags }, n, slowdown) {
  const when = conditions(n);
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    const url = message.location().url ?? '';
    if (!url.endsWith('/favicon.ico')) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.setViewport({ width: when.width, height: 900 });
    await page.evaluateOnNewDocument((delay) => {
      window.shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.shifts.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms`))).observe({ type: 'layout-shift', buffered: true });
      // Stylesheets late: the link the prerenderer wrote, asked for with a delay the server honours.
      if (delay) {
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node.localName === 'link' && node.rel === 'stylesheet' && !node.href.includes('delay=')) node.href += `?delay=${delay}`;
            }
          }
        }).observe(document, { childList: true, subtree: true });
      }
    }, when.stylesheetDelay);
    const query = when.pieces ? '?pieces' : '';
    const navigation = page.goto(`${base}/${name}/${when.script.replace('.js', '')}.html${query}`, { waitUntil: 'domcontentloaded', timeout: HYDRATED_WITHIN });
    const selector = tags.join(',');
    if (when.point) {
      // A reader points at the (first) element as soon as it is there, before idle time comes.
      await page.waitForSelector(tags[0], { timeout: HYDRATED_WITHIN });
      await page.hover(tags[0]).catch(() => {});
    }
    await navigation;
    const textOf = () => page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim()).join('\n'), selector);
    const before = await textOf();
    await page.waitForFunction(
      (selector) => {
        const elements = [...document.querySelectorAll(selector)].flatMap((host) => [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]).filter((el) => el.localName.includes('-'));
        return elements.every((el) => el.hasUpdated && el.hydration?.live && !el.shadowRoot.querySelector('[aria-disabled]'));
      },
      { timeout: HYDRATED_WITHIN },
      selector,
    );
    // Two frames: a shift from the last update would be reported by then.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await textOf();
    if (after !== before) problems.push(`text changed:\n  before: ${before}\n  after:  ${after}`);
    const shifts = await page.evaluate(() => window.shifts);
    if (shifts.length) problems.push(`layout shift: ${shifts.join(', ')}`);
  } catch (error) {
    problems.push(`failed: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems.map((problem) => `${name} load ${n + 1} (${JSON.stringify(when)}): ${problem}`);
}

/**
 * Loads each element's prerendered page `loads` times, and (with every element asked for) a page
 * with every element on it as often; resolves to every problem met, and the number of loads.
 * Builds its pages from dist/ (run after `npm run build`).
 */
export async function stressHydration({ loads = 30, slowdown = 4, tags = registry.map(({ tag }) => tag), log = () => {} } = {}) {
  const { prerender } = await import('../dist/lib/prerender.js');
  const chosen = registry.filter(({ tag }) => tags.includes(tag));
  const subjects = chosen.map((entry) => ({ name: entry.tag, tags: [entry.tag], entries: [entry] }));
  if (chosen.length === registry.length) subjects.push({ name: 'every-element', tags: chosen.map(({ tag }) => tag), entries: chosen });
  const pages = new Map();
  for (const { name, entries } of subjects) {
    for (const script of ['customs-widgets.js', 'autoloader.js']) pages.set(`/${name}/${script.replace('.js', '')}.html`, await pageFor(prerender, entries, script));
  }
  const { server, base } = await startServer(pages);
  const browser = await launchChromium();
  const problems = [];
  try {
    for (const [index, subject] of subjects.entries()) {
      let failed = 0;
      // Each page goes on where the one before left off through the conditions, so that a short
      // run still meets every one of them across the pages.
      for (let n = index * loads; n < (index + 1) * loads; n++) {
        const found = await load(browser, base, subject, n, slowdown);
        if (found.length) failed++;
        problems.push(...found);
      }
      log(`${subject.name}: ${loads} loads, ${failed} with a problem`);
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  return { problems, loads: loads * subjects.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { loads: { type: 'string', default: '30' }, slowdown: { type: 'string', default: '4' }, tags: { type: 'string' } } });
  const tags = values.tags?.split(',').map((tag) => tag.trim());
  const started = Date.now();
  const { problems, loads } = await stressHydration({ loads: Number(values.loads), slowdown: Number(values.slowdown), tags, log: console.log });
  for (const problem of problems) console.error(problem);
  console.log(`${loads} loads in ${Math.round((Date.now() - started) / 1000)} s at ${values.slowdown}× CPU slowdown: ${problems.length ? `${problems.length} problems` : 'no layout shift, no message, no change of text'}`);
  process.exitCode = problems.length ? 1 : 0;
}
