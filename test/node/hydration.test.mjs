// The catalog page prerendered, opened in headless Chromium: with JavaScript off it reads
// completely (every record, real links, axe clean in light and dark); with JavaScript the drop-in
// hydrates every element without an error, a warning, a change of text or a layout shift, and
// the controls then work. Runs after `npm run build` (it uses dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { prerender } from '../../dist/lib/prerender.js';
import { catalogMarkup, missingTexts } from '../catalog-page.mjs';
import { servedPages } from './served-pages.mjs';

const root = resolve(import.meta.dirname, '../..');
const data = (name) => JSON.parse(readFileSync(resolve(root, `data/${name}.json`), 'utf8'));
const names = ['sources', 'forums', 'bodies', 'compliance', 'milestones', 'roles', 'systems', 'partners', 'activities', 'documents', 'fact-files'];
const files = Object.fromEntries(names.map((name) => [name, data(name)]));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE = '/dist/prerender-test.html';
// The same page without its script, for axe (which needs JavaScript of its own): what a reader
// without script gets.
const STATIC_PAGE = '/dist/prerender-test-static.html';

// How long the waits below give the elements to hydrate: well under a second when the machine is
// idle, many seconds when it is busy; the limit only catches an element that never hydrates.
const HYDRATED_WITHIN = 120_000;

const site = servedPages(async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered catalog</title>
    <script type="module" src="customs-widgets.js"></script></head>
    <body><main><h1>Catalog</h1>${catalogMarkup(files)}</main></body></html>`;
  const prerendered = await prerender(html);
  return { [PAGE]: prerendered, [STATIC_PAGE]: prerendered.replace('<script type="module" src="customs-widgets.js"></script>', '') };
});

/** The text of every element's shadow root, in page order (nested roots included). */
const shadowTexts = (page) =>
  page.evaluate(() => {
    const text = (node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : [...(node.shadowRoot ?? node).childNodes].map(text).join(' '));
    return [...document.querySelectorAll('main > *')].filter((el) => el.shadowRoot).map((el) => text(el).replace(/\s+/g, ' ').trim());
  });

/** Sets a form control in an element's shadow root as a reader would, with the event that follows. */
const setControl = (page, tag, selector, value, event) =>
  page.evaluate(
    (tag, selector, value, event) => {
      const control = document.querySelector(tag).shadowRoot.querySelector(selector);
      control.value = value;
      control.dispatchEvent(new Event(event));
    },
    tag,
    selector,
    value,
    event,
  );

/** How many elements the catalog page holds. */
const elementCount = () => (catalogMarkup(files).match(/<\/[a-z]+-[\w-]+>/g) ?? []).length;

test('with JavaScript off, the prerendered page reads completely; without the script, axe finds nothing', async () => {
  const page = await site.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${site.base}${PAGE}`, { waitUntil: 'load' });
  const texts = await shadowTexts(page);
  assert.equal(texts.length, elementCount(), 'every element has its content');
  assert.deepEqual(missingTexts(files, texts.join(' ')), []);
  const hrefs = await page.evaluate(() => {
    const links = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => (el.localName === 'a' ? links.push(el.getAttribute('href')) : el.shadowRoot && walk(el.shadowRoot)));
    walk(document);
    return links;
  });
  const urls = JSON.stringify(files).match(/"url":"[^"]+"/g).map((match) => match.slice(7, -1));
  assert.deepEqual(
    urls.filter((url) => !hrefs.includes(url)),
    [],
    'every URL in data/ is a real link',
  );
  assert.deepEqual(
    hrefs.filter((href) => !/^(https?:|mailto:|tel:)/.test(href)),
    [],
  );
  // Every tab stop works without script: links and disclosures, no sort button, filter box or
  // country select that can never do anything.
  const stops = [];
  for (let tab = 0; tab < 400; tab++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      // Round the page once: the first stop met again ends it.
      window.tabStops ??= new Set();
      if (window.tabStops.has(active)) return '';
      window.tabStops.add(active);
      return active && active !== document.body ? `${active.getRootNode().host?.localName ?? 'page'} ${active.localName}${active.dataset.column ? `[${active.dataset.column}]` : ''}` : '';
    });
    if (!stop) break;
    stops.push(stop);
  }
  assert.ok(stops.filter((stop) => stop.endsWith(' a')).length > 20, `the links are tab stops: ${stops.length} stops`);
  assert.deepEqual(
    stops.filter((stop) => !/ (a|summary)$/.test(stop)),
    [],
    'tab stops that cannot work without script',
  );
  await page.close();

  const still = await site.browser.newPage();
  await still.goto(`${site.base}${STATIC_PAGE}`, { waitUntil: 'load' });
  await still.evaluate(axeSource);
  for (const scheme of ['light', 'dark']) {
    await still.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const violations = await still.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
    assert.deepEqual(violations, [], `axe, ${scheme}`);
  }
  await still.close();
});

test('with JavaScript, every element hydrates: no message, no change of text, no layout shift; then the controls work', async () => {
  const page = await site.browser.newPage();
  const messages = [];
  // With its URL: Chromium's message for a missing file (the favicon.ico it asks for) names none.
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()} ${message.location().url ?? ''}`.trim()));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  // Each shift with when it happened and what moved (x,y+height before → after), for the message.
  await page.evaluateOnNewDocument(() => {
    window.shifts = 0;
    window.moved = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        window.shifts += entry.value;
        window.moved.push(`${Math.round(entry.startTime)} ms: ${entry.sources.map(({ previousRect: a, currentRect: b }) => `${a.x},${a.y}+${a.height} → ${b.x},${b.y}+${b.height}`).join(', ')}`);
      }),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${site.base}${PAGE}`, { waitUntil: 'load' });
  const before = await shadowTexts(page);
  // Idle time hydrates them one by one.
  await page.waitForFunction(() => [...document.querySelectorAll('main > *')].filter((el) => el.localName.includes('-')).every((el) => el.hasUpdated && el.hydration.live), { timeout: HYDRATED_WITHIN });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  assert.deepEqual(await shadowTexts(page), before, 'the text is the same');
  assert.equal(await page.evaluate(() => window.shifts), 0, `no layout shift (${await page.evaluate(() => window.moved.join('; '))})`);
  assert.deepEqual(
    messages.filter((message) => !message.includes('favicon')),
    [],
  );

  // Sort by name, descending, from the table's header.
  const firstRow = () => page.evaluate(() => document.querySelector('working-group-table').shadowRoot.querySelector('tbody th').textContent.trim());
  const rowsBefore = await firstRow();
  await page.evaluate(() => document.querySelector('working-group-table').shadowRoot.querySelector('button[data-column="name"]').click());
  await page.evaluate(() => document.querySelector('working-group-table').shadowRoot.querySelector('button[data-column="name"]').click());
  await page.evaluate(() => document.querySelector('working-group-table').updateComplete);
  assert.notEqual(await firstRow(), rowsBefore);
  assert.equal(await page.evaluate(() => document.querySelector('working-group-table').getAttribute('sort')), '-name');
  // Filter from the search box.
  await setControl(page, 'working-group-table', 'input', 'transit', 'input');
  await page.evaluate(() => document.querySelector('working-group-table').updateComplete);
  assert.equal(await page.evaluate(() => document.querySelector('working-group-table').shadowRoot.querySelectorAll('tbody tr').length), 1);
  // Choose a country in the compliance links.
  await setControl(page, 'compliance-links', 'select', 'SG', 'change');
  await page.evaluate(() => document.querySelector('compliance-links').updateComplete);
  assert.equal(await page.evaluate(() => document.querySelector('compliance-links').shadowRoot.querySelectorAll('[part="country"]').length), 1);
  await page.close();
});

test('prerendered content that no longer matches (another language) is rendered afresh, with one warning', async () => {
  const page = await site.browser.newPage();
  const warnings = [];
  page.on('console', (message) => /^warn/.test(message.type()) && warnings.push(message.text()));
  // The page changes its language before the elements hydrate.
  await page.evaluateOnNewDocument(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.lang = 'fr')));
  await page.goto(`${site.base}${PAGE}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('customs-timeline').hasUpdated, { timeout: HYDRATED_WITHIN });
  await page.evaluate(() => document.querySelector('customs-timeline').updateComplete);
  assert.match(await page.evaluate(() => document.querySelector('customs-timeline').shadowRoot.textContent), /Jalons|jalons/);
  const stale = warnings.filter((warning) => warning.startsWith('<customs-timeline>: the prerendered content is out of date'));
  assert.equal(stale.length, 1);
  // In the editor's words: what changed, and nothing else.
  assert.match(stale[0], /\(its language is now “fr”, it was prerendered in “en”\); it was rendered afresh\.$/);
  await page.close();
});

test('before it hydrates, a control still takes focus, and focusing it brings the element to life', async () => {
  const page = await site.browser.newPage();
  // No idle time: only the reader starts hydration.
  await page.evaluateOnNewDocument(() => (window.requestIdleCallback = () => 0));
  await page.goto(`${site.base}${PAGE}`, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  const table = 'document.querySelector("working-group-table")';
  assert.equal(await page.evaluate(`${table}.hydration.live`), false, 'not hydrated yet');
  assert.equal(await page.evaluate(`${table}.shadowRoot.querySelector('button').getAttribute('aria-disabled')`), 'true');
  await page.evaluate(`${table}.shadowRoot.querySelector('button').focus()`);
  await page.waitForFunction(`${table}.hydration.live && !${table}.shadowRoot.querySelector('[aria-disabled]')`, { timeout: HYDRATED_WITHIN });
  assert.equal(await page.evaluate(`${table}.shadowRoot.activeElement?.dataset.column`), 'name', 'focus stays on the control');
  await page.keyboard.press('Enter');
  await page.evaluate(`${table}.updateComplete`);
  assert.equal(await page.evaluate(`${table}.getAttribute('sort')`), 'name');
  await page.close();
});

test('prerendered content from inline data that has changed since is rendered afresh from the new data', async () => {
  const inline = (name) => `<working-group-table columns="name"><script type="application/json">[{"id":"x","name":"${name}","kind":"sectoral","sources":[{"source":"asean-customs-overview"}]}]</script></working-group-table>`;
  const prerendered = await prerender(`<!doctype html><html lang="en"><head><title>Inline</title><script type="module" src="customs-widgets.js"></script></head><body>${inline('Old Working Group')}</body></html>`);
  // An editor changed the data in the page after it was prerendered.
  site.pages['/dist/prerender-inline-test.html'] = prerendered.replace('Old Working Group"', 'New Working Group"');
  const page = await site.browser.newPage();
  const warnings = [];
  page.on('console', (message) => /^warn/.test(message.type()) && warnings.push(message.text()));
  try {
    await page.goto(`${site.base}/dist/prerender-inline-test.html`, { waitUntil: 'load' });
    const table = 'document.querySelector("working-group-table")';
    assert.match(await page.evaluate(`${table}.shadowRoot.textContent`), /Old Working Group/, 'the prerendered text, before hydration');
    await page.waitForFunction(`${table}.hasUpdated && ${table}.hydration.live`, { timeout: HYDRATED_WITHIN });
    await page.evaluate(`${table}.updateComplete`);
    const text = await page.evaluate(`${table}.shadowRoot.textContent`);
    assert.match(text, /New Working Group/);
    assert.doesNotMatch(text, /Old Working Group/);
    const stale = warnings.filter((warning) => warning.includes('the prerendered content is out of date'));
    assert.equal(stale.length, 1);
    assert.match(stale[0], /\(its data changed since it was prerendered \(an edited src file or inline data, or the bundled data of another release\)\); it was rendered afresh\.$/);
  } finally {
    await page.close();
    delete site.pages['/dist/prerender-inline-test.html'];
  }
});

test('content prerendered by an earlier version, whose digest had one part, is rendered afresh and says so', async () => {
  const prerendered = await prerender(`<!doctype html><html lang="en"><head><title>Old</title><script type="module" src="customs-widgets.js"></script></head><body><customs-timeline></customs-timeline></body></html>`);
  // Before the digest kept its parts apart, it was one hash.
  const old = prerendered.replace(/<!--customs-widgets [^>]*-->/, '<!--customs-widgets 1x2y3z-->');
  assert.notEqual(old, prerendered);
  site.pages['/dist/prerender-old-test.html'] = old;
  const page = await site.browser.newPage();
  const warnings = [];
  page.on('console', (message) => /^warn/.test(message.type()) && warnings.push(message.text()));
  try {
    await page.goto(`${site.base}/dist/prerender-old-test.html`, { waitUntil: 'load' });
    await page.waitForFunction('document.querySelector("customs-timeline").hydration.live', { timeout: HYDRATED_WITHIN });
    const stale = warnings.filter((warning) => warning.includes('the prerendered content is out of date'));
    assert.equal(stale.length, 1);
    assert.match(stale[0], /\(it was prerendered by an earlier version of customs-widgets, and the page loads [\d.]+\); it was rendered afresh\.$/);
  } finally {
    await page.close();
    delete site.pages['/dist/prerender-old-test.html'];
  }
});

test('a misspelt attribute’s notice is prerendered and kept as the element hydrates, told once, never “out of date”', async () => {
  const file = '/dist/prerender-test-misspelt.html';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Misspelt</title>
    <script type="module" src="customs-widgets.js"></script></head>
    <body><main><compliance-links contry="SG"></compliance-links></main></body></html>`;
  site.pages[file] = await prerender(html, { warn: () => {} });
  const page = await site.browser.newPage();
  try {
    const warnings = [];
    page.on('console', (message) => message.location().url?.endsWith('/favicon.ico') || warnings.push(`${message.type()}: ${message.text()}`));
    // Script off: the editor previewing the built page sees the notice already.
    await page.setJavaScriptEnabled(false);
    await page.goto(`${site.base}${file}`, { waitUntil: 'load' });
    const notice = () => page.evaluate(() => document.querySelector('compliance-links').shadowRoot.querySelector('[part=notice]')?.textContent.trim());
    assert.equal(await notice(), 'Unknown attribute “contry”, left unused. Did you mean country?');
    await page.setJavaScriptEnabled(true);
    await page.goto(`${site.base}${file}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('compliance-links').hasUpdated, { timeout: HYDRATED_WITHIN });
    await page.evaluate(() => document.querySelector('compliance-links').updateComplete);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await notice(), 'Unknown attribute “contry”, left unused. Did you mean country?');
    assert.deepEqual(warnings, ['warn: <compliance-links>: Unknown attribute “contry”, left unused. Did you mean country?']);
  } finally {
    await page.close();
    delete site.pages[file];
  }
});
