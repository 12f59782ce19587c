// An element whose attributes send it for the notices module (a misspelt `contry`, or `hidden`,
// which starts as `hide-source` does) still shows its content when that module cannot be
// fetched: a chunk blocked by a proxy or missing from a copied dist/ never keeps a page empty.
// Runs after `npm run build` (it uses dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedPages } from './served-pages.mjs';

const PAGE = '/dist/notices-offline-test.html';
const site = servedPages(() => ({
  [PAGE]: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Offline notices</title>
    <script type="module" src="customs-widgets.js"></script></head>
    <body><compliance-links contry="SG"></compliance-links><customs-fact-file org="wco" hidden-note="x"></customs-fact-file></body></html>`,
}));

test('without the notices module, an element that asked for it renders its content all the same', async () => {
  const page = await site.browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => (/\/chunks\/notices-[^/]*\.js$/.test(request.url()) ? request.respond({ status: 404, body: '' }) : request.continue()));
    await page.goto(`${site.base}${PAGE}`, { waitUntil: 'load' });
    const shown = await page.waitForFunction(
      () => [...globalThis.document.querySelectorAll('body > *')].every((el) => el.shadowRoot?.textContent.includes('Source')) && [...globalThis.document.querySelectorAll('body > *')].map((el) => el.shadowRoot.textContent),
      { timeout: 60_000 },
    );
    const [links, facts] = await shown.jsonValue();
    assert.match(links, /Singapore Customs FAQs/);
    assert.match(facts, /World Customs Organization/);
  } finally {
    await page.close();
  }
});
