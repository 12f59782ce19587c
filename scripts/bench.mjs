// npm run bench: opens bench/index.html in headless Chrome/Chromium and prints first-render times
// of every element, and <working-group-table> against SGDS's <sgds-table> with 1,000 / 5,000 /
// 10,000 rows (render, sort, re-sort, filter), with the ratio. Figures for notes, not a test.
import { startDevServer } from '@web/dev-server';
import { Launcher } from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || Launcher.getFirstInstallation(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.server.address().port}/bench/index.html`, { waitUntil: 'load' });
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
