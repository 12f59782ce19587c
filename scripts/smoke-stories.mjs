// Opens every story and docs page of the static Storybook build in headless Chrome/Chromium and
// fails on a console error, an uncaught error, Storybook's error display, or an axe violation in
// what our elements render. Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, serve } from './chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const entries = Object.values(index.entries);
const tags = JSON.parse(readFileSync('src/elements/registry.json', 'utf8')).map((entry) => entry.tag);
const withoutStories = tags.filter((tag) => !entries.some((entry) => entry.title === `Elements/${tag}` && entry.type === 'story'));

const { server, base } = await serve('storybook-static');
const browser = await launchChromium();

/** Our elements on the page that are undefined or rendered nothing (runs in the page). */
function blankElements(tags) {
  return [...document.querySelectorAll('*')]
    .filter((el) => tags.includes(el.localName))
    .filter((el) => !customElements.get(el.localName) || !el.shadowRoot?.textContent?.trim())
    .map((el) => `<${el.localName}>`);
}

const failures = [];
let checked = 0;
try {
  const page = await browser.newPage();
  // Puppeteer's 30 s for a navigation or a wait: a busy 2-core machine reaches it on Storybook's
  // first pages, which load its whole preview bundle.
  page.setDefaultTimeout(120_000);
  await page.setViewport({ width: 1280, height: 900 });
  let problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  for (const entry of entries) {
    problems = [];
    const mode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${mode}`, { waitUntil: 'load' });
    // Storybook marks the body while it prepares, and when it shows a story, docs or an error.
    await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className) && !/sb-show-preparing/.test(document.body.className));
    // Let elements finish their first update: one in another language waits for its strings.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const state = await page.evaluate(() => document.body.className);
    if (/sb-show-errordisplay|sb-show-nopreview/.test(state)) {
      const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
      problems.push(`Storybook shows an error: ${message.trim().slice(0, 300)}`);
    } else {
      // Every one of our tags on the page must be defined and have rendered something (within
      // 30 s, generous for a busy machine): an undefined, empty tag would pass axe and show the
      // designer nothing.
      const blank = await page
        .waitForFunction(`!(${blankElements})(${JSON.stringify(tags)}).length`, { timeout: 30_000 })
        .then(() => [], () => page.evaluate(blankElements, tags));
      if (blank.length) problems.push(`not rendered: ${[...new Set(blank)].join(', ')}`);
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      // Axe judges what our elements render: the story root, or each story preview on a docs page.
      const violations = await page.evaluate(async (docs) => {
        const roots = docs ? [...document.querySelectorAll('.docs-story')] : [document.querySelector('#storybook-root')];
        const found = [];
        for (const root of roots.filter(Boolean)) {
          // The accessibility addon runs axe after each render too: wait for its run to end, which
          // takes a moment, or many seconds on a busy machine.
          let result;
          for (const deadline = Date.now() + 60_000; !result; ) {
            try {
              result = await window.axe.run(root, { resultTypes: ['violations'] });
            } catch (error) {
              if (Date.now() > deadline || !/already running/i.test(String(error))) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
          for (const violation of result.violations) {
            found.push(`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
          }
        }
        return found;
      }, mode === 'docs');
      problems.push(...violations.map((violation) => `axe: ${violation}`));
    }
    checked += 1;
    if (problems.length) failures.push(`${entry.id} (${mode})\n  ${problems.join('\n  ')}`);
  }
} finally {
  await browser.close();
  await server.stop();
}

for (const tag of withoutStories) failures.push(`<${tag}> has no stories (title 'Elements/${tag}')`);
for (const failure of failures) console.error(failure);
const stories = entries.filter((entry) => entry.type !== 'docs').length;
console.log(`Storybook smoke: ${checked} pages (${stories} stories, ${checked - stories} docs pages) opened`);
console.log(`${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
