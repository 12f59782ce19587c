// npm run bench: opens bench/index.html in headless Chrome/Chromium and prints first-render times
// of every element, and <working-group-table> against SGDS's <sgds-table> with 1,000 / 5,000 /
// 10,000 rows (render, sort, re-sort, filter), with the ratio; then what bad adopter data costs a
// page at 4× CPU slowdown: the longest task, against the 50 ms that make a long task.
// BENCH_PARTS=regex picks some of the parts ("elements", "bad data"). Figures for notes, not a test.
import { launchChromium, serve } from './chromium.mjs';

const parts = new RegExp(process.env.BENCH_PARTS ?? '.');
/** What `/bench/bad-data.json` answers: the file of the bad-data case being measured. */
let badData = '[]';
const { server, base } = await serve('.', [
  async (context, next) => {
    if (context.path === '/bench/bad-data.html') {
      context.type = 'html';
      context.body = '<!doctype html><html lang="en"><script type="module" src="/dist/customs-widgets.js"></script><body></body></html>';
    } else if (context.path === '/bench/bad-data.json') {
      context.type = 'json';
      context.body = badData;
    } else await next();
  },
]);
// One call into the page runs the whole bench: minutes on a slow machine.
const browser = await launchChromium({ protocolTimeout: 30 * 60_000 });
const ms = (value) => `${value.toFixed(1)} ms`.padStart(10);
try {
  if (parts.test('elements')) await benchElements();
  if (parts.test('bad data')) await benchBadData();
} finally {
  await browser.close();
  await server.stop();
}

async function benchElements() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${base}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const { first, tables } = await page.evaluate(() => window.runBench());

  console.log('First render from dist/customs-widgets.js (median of 5, update + layout)');
  for (const [tag, time] of Object.entries(first)) console.log(`  ${tag.padEnd(28)}${ms(time)}`);

  console.log('\n<working-group-table> vs SGDS <sgds-table>, same rows (median)');
  console.log(`  ${'rows'.padEnd(7)}${'step'.padEnd(9)}${'ours'.padStart(10)}${'SGDS'.padStart(10)}   ours/SGDS`);
  for (const [count, { ours, sgds }] of Object.entries(tables)) {
    for (const step of Object.keys(ours)) {
      console.log(`  ${count.padEnd(7)}${step.padEnd(9)}${ms(ours[step])}${ms(sgds[step])}   ${(ours[step] / sgds[step]).toFixed(2)}`);
    }
  }
  await page.close();
}

/** JSON files an adopter might link by mistake, or an attacker on purpose: each a list of forum records. */
function badFiles() {
  const MiB = 1_048_576;
  const list = (record, bytes) => `[${Array(Math.floor((bytes - 1) / (record.length + 1))).fill(record).join(',')}]`;
  const valid = JSON.stringify({ id: 'f', name: 'F', acronym: 'F', established: '2000', description: 'D', participation: [], sources: [{ source: 's' }] });
  const lateMistake = list(valid, MiB - 200);
  return {
    '100,001 empty records (300 KB)': `[${Array(100_001).fill('{}').join(',')}]`,
    'empty records, just under 1 MiB': list('{}', MiB - 1),
    'valid records, the last one bad, just under 1 MiB': `${lateMistake.slice(0, -1)},{}]`,
    'empty records, 2 MiB (over the limit)': list('{}', 2 * MiB),
  };
}

/**
 * Each file as an element's `src`, added to a page that has loaded the drop-in, at 4× CPU slowdown:
 * the longest task from adding the element until its notice shows (and a second more), and how
 * long the notice took. Tasks under 50 ms are not reported by the browser, so "< 50" is the best.
 * Another process busy on the same core lengthens tasks too: the figures hold for an idle machine.
 */
async function benchBadData() {
  const files = badFiles();
  const time = (value) => (value === Infinity ? 'over 3 min' : ms(value)).padStart(14);
  const print = (name, size, { longest, notice }) => console.log(`  ${name.padEnd(52)}${size.padStart(10)}${longest ? time(longest) : '< 50 ms'.padStart(14)}${time(notice)}`);
  console.log('\nBad adopter data in `src`, 4× CPU slowdown (longest task from adding the element)');
  console.log(`  ${'file'.padEnd(52)}${'size'.padStart(10)}${'longest task'.padStart(14)}${'notice after'.padStart(14)}`);
  for (const [name, body] of Object.entries(files)) {
    badData = body;
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${base}/bench/bad-data.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('customs-forum-card'));
    // Puppeteer turns on DevTools' network agent, which copies every response body on the page's
    // main thread: a cost no reader's browser pays, and the largest task of all with a 1 MiB file.
    // Puppeteer offers no public way to turn it off.
    await page._client().send('Network.disable');
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const measure = (src) =>
      page.evaluate(
        (src) =>
          new Promise((done) => {
            let longest = 0;
            const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (longest = Math.max(longest, entry.duration))));
            observer.observe({ type: 'longtask' });
            const start = performance.now();
            const el = document.createElement('customs-forum-card');
            el.setAttribute('forum', 'wco');
            el.setAttribute('src', src);
            el.addEventListener('customs-error', () => {
              const notice = performance.now() - start;
              setTimeout(() => {
                observer.disconnect();
                done({ longest, notice });
              }, 1000);
            });
            document.body.append(el);
          }),
        src,
      );
    // A first element with a missing file loads the modules that check data and word notices, and
    // renders the card once: what that costs is the same for any mistake, shown on its own row.
    const cold = await measure('/bench/missing.json');
    if (name === Object.keys(files)[0]) {
      print('a missing file (404), first element: modules load', '', cold);
      // What any notice costs once the modules are loaded, data or not: the floor of the rows below.
      print('a missing file (404), modules loaded', '', await measure('/bench/missing.json'));
    }
    const outcome = measure('/bench/bad-data.json');
    // Code that blocks the page for minutes ends the protocol's patience first.
    const measured = await outcome.catch(() => ({ longest: Infinity, notice: Infinity }));
    await page.close();
    print(name, `${(body.length / 1000).toFixed(0)} KB`, measured);
  }
}
