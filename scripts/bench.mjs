// npm run bench: opens bench/index.html in headless Chrome/Chromium and prints first-render times
// of every element, and <working-group-table> against SGDS's <sgds-table> with 1,000 / 5,000 /
// 10,000 rows (render, sort, re-sort, filter), with the ratio. Figures for notes, not a test.
import { launchChromium, serve } from './chromium.mjs';

const { server, base } = await serve('.');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${base}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const { first, tables } = await page.evaluate(() => window.runBench());
  const ms = (value) => `${value.toFixed(1)} ms`.padStart(10);

  console.log('First render from dist/customs-widgets.js (median of 5, update + layout)');
  for (const [tag, time] of Object.entries(first)) console.log(`  ${tag.padEnd(28)}${ms(time)}`);

  console.log('\n<working-group-table> vs SGDS <sgds-table>, same rows (median)');
  console.log(`  ${'rows'.padEnd(7)}${'step'.padEnd(9)}${'ours'.padStart(10)}${'SGDS'.padStart(10)}   ours/SGDS`);
  for (const [count, { ours, sgds }] of Object.entries(tables)) {
    for (const step of Object.keys(ours)) {
      console.log(`  ${count.padEnd(7)}${step.padEnd(9)}${ms(ours[step])}${ms(sgds[step])}   ${(ours[step] / sgds[step]).toFixed(2)}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
