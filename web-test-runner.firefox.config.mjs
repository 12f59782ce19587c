// The browser suite in Firefox (Debian's firefox-esr; FIREFOX_PATH overrides), driven by the
// project's puppeteer-core over WebDriver BiDi. Run by scripts/test-browsers.mjs, or alone:
//   npx wtr --config web-test-runner.firefox.config.mjs
// BiDi lacks two things the tests rely on; both are filled in from Firefox's privileged (chrome)
// scope, which --remote-allow-system-access opens to BiDi's script.evaluate:
//  - prefers-color-scheme emulation (puppeteer's emulateMediaFeatures needs CDP): the content
//    colour-scheme pref is set instead, and the page is polled until it sees the change;
//  - Tab past the page's last control moves focus into the browser's toolbar, where it would stay
//    for the next test file: the tab's content area takes the focus back before every navigation.
// Tests that only Chromium can run skip themselves (see engine() in test/helpers.ts).
/* global matchMedia -- used only inside functions that run in the page */
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import base from './web-test-runner.config.mjs';
import { firefoxPath } from './scripts/browsers.mjs';

/** Evaluates `expression` in the browser window's privileged scope. */
async function evaluateInChrome(browser, expression) {
  const { connection } = browser;
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: tree.contexts[0].context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`Firefox chrome script failed: ${result.exceptionDetails.text}`);
  return result.result;
}

// 0 dark, 1 light, 2 whatever the browser's own theme says.
const COLOR_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';

async function emulateColorScheme(page, scheme) {
  const value = { dark: 0, light: 1 }[scheme] ?? 2;
  await evaluateInChrome(page.browser(), `Services.prefs.setIntPref(${JSON.stringify(COLOR_SCHEME_PREF)}, ${value})`);
  if (value === 2) return;
  // The pref reaches the content process asynchronously: at once, or seconds on a busy machine.
  await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, { timeout: 30_000 }, scheme === 'dark');
}

async function focusContent(page) {
  await page.bringToFront();
  await evaluateInChrome(page.browser(), `(() => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    win.focus();
    win.gBrowser.selectedBrowser.focus();
  })()`);
}

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        args: ['--remote-allow-system-access'],
      },
      async createPage({ context }) {
        const page = await context.newPage();
        // wtr's emulate-media command calls this; puppeteer's own version needs CDP.
        page.emulateMediaFeatures = async (features = []) => {
          for (const { name, value } of features) {
            if (name !== 'prefers-color-scheme') throw new Error(`Firefox: cannot emulate ${name}`);
            await emulateColorScheme(page, value);
          }
        };
        const goto = page.goto.bind(page);
        page.goto = async (url, options) => {
          await focusContent(page);
          return goto(url, options);
        };
        return page;
      },
    }),
  ],
};
