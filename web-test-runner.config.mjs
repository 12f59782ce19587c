// Tests run in real headless Chromium. chrome-launcher finds Debian's `chromium` on CI and the
// local Chrome on a laptop; CHROME_PATH overrides both.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The leak test forces garbage collection.
  '--js-flags=--expose-gc',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { args: chromiumArgs } })],
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
  testFramework: { config: { timeout: 10000 } },
};
