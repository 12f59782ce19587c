// Tests run in real headless Chromium, found and flagged as in scripts/chromium.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { chromiumArgs } from './scripts/chromium.mjs';
import { build } from 'esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { dataNames } from './scripts/data-names.mjs';
import { elementModules } from './scripts/elements.mjs';
import { prerenderCommand } from './scripts/wtr-prerender.mjs';

// React ships CommonJS only: the framework tests import React and Vue from these URLs, bundled as
// ES modules by esbuild when first requested.
const vendorModules = {
  '/vendor/react.js': "export { createElement, StrictMode } from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
  '/vendor/vue.js': "export { createApp, h, ref, nextTick } from 'vue';",
};
const vendorPlugin = {
  name: 'vendor-modules',
  async serve(context) {
    const contents = vendorModules[context.path];
    if (!contents) return undefined;
    const { outputFiles } = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    return { body: outputFiles[0].text, type: 'js' };
  },
};

// `accessibility-roles`: how many nodes of each role the browser's accessibility tree holds, all of
// them (not only those a snapshot deems interesting), so a test can see what a screen reader gets.
const accessibilityRoles = {
  name: 'accessibility-roles',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-roles') return undefined;
    const page = session.browser.getPage(session.id);
    const counts = {};
    const count = (node) => {
      counts[node.role] = (counts[node.role] ?? 0) + 1;
      for (const child of node.children ?? []) count(child);
    };
    count(await page.accessibility.snapshot({ interestingOnly: false }));
    return counts;
  },
};

// `accessible-names`: the role and name of every heading and link in the browser's accessibility
// tree (all of it, shadow roots included), as a screen reader announces them; or of the nodes of
// other roles: `executeServerCommand('accessible-names', { roles: ['cell'] })`.
const accessibleNames = {
  name: 'accessible-names',
  async executeCommand({ command, session, payload }) {
    if (command !== 'accessible-names') return undefined;
    const page = session.browser.getPage(session.id);
    const roles = payload?.roles ?? ['heading', 'link'];
    const found = [];
    const visit = (node) => {
      if (roles.includes(node.role)) found.push({ role: node.role, name: node.name ?? '' });
      for (const child of node.children ?? []) visit(child);
    };
    visit(await page.accessibility.snapshot({ interestingOnly: false }));
    return found;
  },
};

// `forced-colors`: a forced-colours mode (what Windows' contrast themes turn on), which wtr's
// emulate-media command does not pass on, through Chromium's DevTools protocol:
//   await executeServerCommand('forced-colors', { forcedColors: 'active', colorScheme: 'dark' })
// and `{ forcedColors: 'none' }` to end it. The colour scheme is given with it: the emulation holds
// both. Chromium only; tests that need it skip elsewhere (see engine() in test/helpers.ts).
const emulations = new WeakMap();
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // The emulation lasts as long as the DevTools session that set it: one per page, kept.
    if (!emulations.has(page)) emulations.set(page, await page.createCDPSession());
    const features = [{ name: 'forced-colors', value: payload.forcedColors }];
    if (payload.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
    await emulations.get(page).send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};

// axe-core refuses to start a run while another is going in the same page ("Axe is already
// running"). A test that times out during `expect(el).to.be.accessible()` leaves its run going, and
// the next test's check would then fail for that reason alone, hiding what it was checking. So axe,
// as served to the test pages, starts each run only once the one before it has ended, however it
// ended. Applied where axe is served rather than in each test: it holds for every test, new ones too.
function runAxeInTurn(axe) {
  const run = axe.run.bind(axe);
  let previous = Promise.resolve();
  axe.run = (...args) => {
    // Callers use either form axe offers: a callback as the last argument, or the promise.
    const callback = typeof args.at(-1) === 'function' ? args.pop() : undefined;
    const turn = previous.then(() => run(...args));
    previous = turn.catch(() => {});
    if (!callback) return turn;
    turn.then((results) => callback(null, results), (error) => callback(error));
  };
}
const axeInTurn = {
  name: 'axe-in-turn',
  transform(context) {
    if (!context.path.endsWith('/axe-core/axe.min.js')) return undefined;
    // The file sets window.axe; the function above is added after it, as source, to run in the page.
    return { body: `${context.body}\n;(${runAxeInTurn})(window.axe);\n` };
  },
};

const args = [
  '--headless=new',
  ...chromiumArgs,
  // The leak test forces garbage collection.
  '--js-flags=--expose-gc',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // The modules the build writes (each element's definition, the names taken from data/), served
  // as the build makes them, so the tests run the sources without a build.
  plugins: [fromRollup(elementModules)({ base: '/' }), fromRollup(dataNames)(), vendorPlugin, accessibilityRoles, accessibleNames, forcedColors, axeInTurn, prerenderCommand(), esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { args } })],
  // One page at a time: keyboard, focus-ring and animation-frame behaviour need the foreground tab.
  // A data file that answers too late, for the src time-out test (bounded: 3 s, loopback only).
  middleware: [
    async (context, next) => {
      if (context.path !== '/slow-data') return next();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      context.body = '[]';
    },
  ],
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  // Time limits that a busy 2-core machine does not reach. An ordinary test takes at most a
  // second or two even with every core taken by other work, so 30 s only catches a test that
  // hangs; tests that do heavy work in one go (axe over the whole catalog, thousands of updates)
  // set their own, larger limit with this.timeout().
  testFramework: { config: { timeout: 30_000 } },
  // A file's limit must leave room for each of its tests at its own limit, or a slow but passing
  // file is cut off (the catalog's tests add up to 14 min; the default is 2 min). A test that
  // hangs is caught by its own limit; this one only catches a page that stopped answering.
  testsFinishTimeout: 900_000,
  // Starting a browser, and a page's first load of its modules, take many times longer on a busy
  // machine, Firefox and WebKit more than Chromium: the defaults are 30 s and 20 s.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
};
