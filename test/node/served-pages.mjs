// Pages a test file makes, served beside the project's files (dist/ included) on a loopback port,
// and headless Chromium to open them: from before the file's tests until after them. The pages
// stay in memory, so nothing is written into dist/ and nothing is left there if a run stops.
import { after, before } from 'node:test';
import { resolve } from 'node:path';
import { launchChromium, serve } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');

/**
 * `make` gives the pages, HTML by path (`/dist/page.html`, beside the bundles its relative script
 * names), and runs in `before`; a test may add pages to `site.pages` as it goes, or delete them.
 * Returns the site, whose `pages`, `base` (the server's URL) and `browser` are set once `before` ran.
 */
export function servedPages(make) {
  const site = { pages: {}, base: '', browser: undefined };
  let server;
  before(async () => {
    site.pages = await make();
    ({ server, base: site.base } = await serve(root, [
      async (context, next) => {
        if (!Object.hasOwn(site.pages, context.path)) return next();
        context.type = 'html';
        context.body = site.pages[context.path];
      },
    ]));
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await server?.stop();
  });
  return site;
}
