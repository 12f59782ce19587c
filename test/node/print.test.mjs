// Printed, on A4 and on Letter: the catalog page, in an agency's main column and across the whole
// page, as Chromium's own PDF output, read back with poppler's pdftotext and pdftoppm. Every text
// is there whole (what a reader would disclose too: the table's establishment notes, the
// compliance links' "About" text; link addresses printed in full); no word runs past the paper's
// edge; the page prints at full size, laid out for the paper's width (Chromium shrinks a page that
// is too wide for the paper, and cuts what is wider still); and the timeline's dots print, with
// the browser's default of leaving backgrounds out. Runs after `npm run build` (it uses dist/).
/* global document, getComputedStyle -- used only inside functions that run in the page */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, serve } from '../../scripts/chromium.mjs';
import { prerender } from '../../dist/lib/prerender.js';
import { catalogMarkup } from '../catalog-page.mjs';

const root = resolve(import.meta.dirname, '../..');
const data = (name) => JSON.parse(readFileSync(resolve(root, `data/${name}.json`), 'utf8'));
const bodies = data('bodies');
const compliance = data('compliance');
const markup = catalogMarkup({ bodies, roles: data('roles') });

// Whole texts the printed page must hold: long ones, those a reader would have to disclose, and
// every compliance link's address as print spells it out after the link (up to 176 characters).
const expected = [
  ...bodies.flatMap((body) => [body.description, body.establishedNote, body.chair?.text]),
  ...compliance.about.map((statement) => statement.text),
  ...JSON.stringify(compliance)
    .match(/"url":"[^"]+"/g)
    .map((match) => `(${match.slice(7, -1)})`),
].filter(Boolean);

/** Chromium's print dialog leaves about this much at each edge of the paper. */
const MARGIN_MM = 10;
const PT_PER_MM = 72 / 25.4;
/** Rounding in the PDF's word boxes: a word may end this far (pt) past the line it was set in. */
const SLACK = 1;

const page = (body, styles = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Printed catalog</title><style>body { font-family: sans-serif; } ${styles}</style>
  <script type="module" src="customs-widgets.js"></script></head><body><main><h1>Catalog</h1>${body}</main></body></html>`;
// An agency's main column is 640–750 px wide: at 750 px the table is laid out as a table on the
// screen, and must be laid out again for A4's 718 px and Letter's 740 px.
const served = {
  '/column.html': page(markup, 'main { max-width: 750px; margin: 0 auto; }'),
  '/full.html': page(markup),
  '/timeline.html': page('<customs-timeline></customs-timeline>'),
};

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// As with the browsers: reported and skipped on a laptop without it, a failure under CI (.ci/run installs it).
const ci = !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);
const skip = !hasPoppler && !ci && 'pdftotext is not installed (apt-get install poppler-utils)';

let browser;
let server;
let base;
let folder;

before(async () => {
  if (skip) return;
  // The same page prerendered, to print with JavaScript off: what a page that never runs the script prints.
  served['/prerendered.html'] = await prerender(served['/full.html']);
  ({ server, base } = await serve(resolve(root, 'dist'), [
    async (context, next) => {
      if (!(context.path in served)) return next();
      context.type = 'html';
      context.body = served[context.path];
    },
  ]));
  browser = await launchChromium();
  folder = mkdtempSync(join(tmpdir(), 'customs-print-'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * Opens a page as a reader would (1280 px wide), prints it, and reads the PDF back: its text in the
 * order it was drawn (so that text set side by side stays in one piece), its words with their boxes
 * by page, and how wide the heading "Catalog" is on the screen, in CSS px.
 */
async function print(path, paper, { script = true } = {}) {
  const tab = await browser.newPage();
  try {
    await tab.setJavaScriptEnabled(script);
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${base}${path}`, { waitUntil: 'load' });
    if (script) await tab.waitForFunction(() => [...document.querySelectorAll('main > *')].filter((el) => el.localName.includes('-')).every((el) => el.hasUpdated), { timeout: 60_000 });
    const onScreen = await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1'));
      const table = document.querySelector('working-group-table')?.shadowRoot.querySelector('tbody td');
      return { headingWidth: range.getBoundingClientRect().width, tableStacked: table ? getComputedStyle(table, '::before').content !== 'none' : undefined };
    });
    // Chromium's PDF output fires beforeprint and afterprint and applies the print styles, as its
    // print dialog does; the elements need neither event (what they disclose prints by CSS alone).
    const margin = `${MARGIN_MM}mm`;
    const file = join(folder, `${path.slice(1, -5)}-${paper}.pdf`);
    writeFileSync(file, await tab.pdf({ format: paper, margin: { top: margin, right: margin, bottom: margin, left: margin } }));
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const pdfPages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, content]) => ({
      width: Number(width),
      height: Number(height),
      words: [...content.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, yMax, word]) => ({
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
        word,
      })),
    }));
    return { file, text, pages: pdfPages, onScreen };
  } finally {
    await tab.close();
  }
}

/** The expected texts the printed text lacks. Line breaks and spaces are the paper's, not the text's. */
const missing = (text) => {
  const printed = text.replace(/\s+/g, '');
  return expected.filter((whole) => !printed.includes(whole.replace(/\s+/g, ''))).map((whole) => (whole.length > 70 ? `${whole.slice(0, 70)}…` : whole));
};

/** Words that reach into the paper's margins or past its edge, as `page n: word (xMin–xMax of width)`. */
const outside = (pages) => {
  const margin = MARGIN_MM * PT_PER_MM;
  return pages.flatMap(({ width, words }, i) =>
    words.filter(({ xMin, xMax }) => xMin < margin - SLACK || xMax > width - margin + SLACK).map(({ word, xMin, xMax }) => `page ${i + 1}: ${word} (${xMin.toFixed(1)}–${xMax.toFixed(1)} of ${width.toFixed(1)} pt)`),
  );
};

/** How much smaller than on the screen the page was printed: 1 when at full size (a CSS px is 0.75 pt). */
const shrink = ({ pages, onScreen }) => {
  const heading = pages[0].words.find(({ word }) => word === 'Catalog');
  return (0.75 * onScreen.headingWidth) / (heading.xMax - heading.xMin);
};

for (const layout of ['column', 'full']) {
  for (const paper of ['A4', 'Letter']) {
    test(`${layout === 'column' ? 'in a 750 px column' : 'across the page'}, on ${paper}: every text whole, nothing past the paper's edge, laid out for the paper`, { skip }, async () => {
      const printed = await print(`/${layout}.html`, paper);
      // All at once, so that a failure shows everything that is wrong with the print.
      assert.deepEqual(
        {
          'texts not printed whole': missing(printed.text),
          'words in the margins or past the edge': outside(printed.pages),
          // Chromium shrinks a page with something too wide for the paper, and then its layout
          // is that of a wider page.
          'times smaller than on the screen': Number(shrink(printed).toFixed(2)),
          // On the screen the table has room to be a table; on paper it has not, and each row is
          // a block of labelled facts, as in any container that narrow.
          'table stacked on the screen': printed.onScreen.tableStacked,
          'table stacked on paper': /Chair: Lao PDR, then Myanmar \(on rotational basis\)/.test(printed.text.replace(/\s+/g, ' ')),
          // The filter box and the country select are not printed, and their labels with them.
          'labels of controls printed': /Filter bodies|Country\s+10 countries/.test(printed.text),
        },
        {
          'texts not printed whole': [],
          'words in the margins or past the edge': [],
          'times smaller than on the screen': 1,
          'table stacked on the screen': false,
          'table stacked on paper': true,
          'labels of controls printed': false,
        },
      );
    });
  }
}

test('prerendered, with JavaScript off: every text whole and within the paper, disclosed ones too', { skip }, async () => {
  const printed = await print('/prerendered.html', 'A4', { script: false });
  assert.deepEqual(
    { 'texts not printed whole': missing(printed.text), 'words in the margins or past the edge': outside(printed.pages), 'times smaller than on the screen': Number(shrink(printed).toFixed(2)) },
    { 'texts not printed whole': [], 'words in the margins or past the edge': [], 'times smaller than on the screen': 1 },
  );
});

/**
 * How many separate dark marks at least `minWidth` pt wide a box of a PDF page holds, top to
 * bottom (the box in pt; the page rendered in grey, a pixel a point).
 */
function marksIn(file, page, { x, y, width, height }, minWidth) {
  const prefix = join(folder, `box-${page}`);
  const box = [x, y, width, height].map((value) => String(Math.round(value)));
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), '-x', box[0], '-y', box[1], '-W', box[2], '-H', box[3], '-singlefile', file, prefix]);
  const image = readFileSync(`${prefix}.pgm`);
  // P5: magic, width, height, maximum value, each followed by one whitespace byte, then the pixels.
  const [w, h] = image.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+\d+\s/).slice(1).map(Number);
  const pixels = image.subarray(image.length - w * h);
  let marks = 0;
  let inMark = false;
  for (let row = 0; row < h; row++) {
    let run = 0;
    let longest = 0;
    for (let column = 0; column < w; column++) {
      run = pixels[row * w + column] < 128 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest >= minWidth && !inMark) marks++;
    inMark = longest >= minWidth;
  }
  return marks;
}

test("the timeline's dots print, though browsers leave backgrounds out of print by default", { skip }, async () => {
  const { file, pages } = await print('/timeline.html', 'A4');
  // The milestones' text is set 1em (12 pt) right of the line, and each dot sits on the line,
  // 0.7em wide: look for dots left of that text, beside it from its first line to its last.
  const starts = new Map();
  for (const { xMin } of pages.flatMap(({ words }) => words)) starts.set(Math.round(xMin), (starts.get(Math.round(xMin)) ?? 0) + 1);
  const text = [...starts].sort((a, b) => b[1] - a[1])[0][0];
  let dots = 0;
  pages.forEach(({ words }, i) => {
    const lines = words.filter(({ xMin }) => Math.abs(xMin - text) < 1.5);
    if (!lines.length) return;
    const top = Math.min(...lines.map(({ yMin }) => yMin)) - 4;
    const bottom = Math.max(...lines.map(({ yMax }) => yMax)) + 4;
    dots += marksIn(file, i + 1, { x: text - 20, y: top, width: 16, height: bottom - top }, 6);
  });
  assert.equal(dots, data('milestones').length, 'a dot beside each milestone');
});
