// The browser suite in WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian packages
// webkit2gtk-driver, xvfb, xsettingsd; where MiniBrowser is found: scripts/browsers.mjs).
// Run by scripts/test-browsers.mjs, or alone:
//   npx wtr --config web-test-runner.webkit.config.mjs
// MiniBrowser has no headless mode, so loading this config starts a private X server (Xvfb), an
// XSETTINGS daemon (WebKitGTK takes prefers-color-scheme from the GTK theme) and WebKitWebDriver,
// and stops them when the test runner exits.
// wtr's set-viewport and emulate-media commands know only puppeteer and playwright; here:
//  - set-viewport resizes the window until innerWidth × innerHeight is right. A user gtk.css
//    shrinks MiniBrowser's toolbar, which otherwise keeps the window at least 447 px wide. The
//    window stays centred on the screen, under X's pointer: with no window manager, X gives the
//    keyboard focus to the window under the pointer, and WebKit matches :focus-visible and
//    delivers key events only in a focused window.
//  - emulate-media switches the XSETTINGS theme between Adwaita and Adwaita-dark, then polls the
//    page until it sees the change.
// Tests that only Chromium can run skip themselves (see engine() in test/helpers.ts).
/* global innerWidth, innerHeight, matchMedia, requestAnimationFrame -- used only inside functions that run in the page */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import { miniBrowserPath } from './scripts/browsers.mjs';
// Xvfb rests the pointer at the screen's centre; big enough for the widest viewport a test sets.
const SCREEN = { width: 1600, height: 1200 };

const dir = mkdtempSync(join(tmpdir(), 'wtr-webkit-'));
const xsettingsConf = join(dir, 'xsettingsd.conf');
mkdirSync(join(dir, 'gtk-3.0'));
// GTK's CSS styles MiniBrowser's own widgets only, never the page.
writeFileSync(join(dir, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n');
const writeTheme = (dark) => writeFileSync(xsettingsConf, `Net/ThemeName "${dark ? 'Adwaita-dark' : 'Adwaita'}"\n`);
writeTheme(false);

const children = [];
process.on('exit', () => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});
function start(command, args, options) {
  const child = spawn(command, args, { stdio: 'ignore', ...options });
  children.push(child);
  return child;
}

// Xvfb picks the first free display and writes its number to fd 3.
const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'], {
  stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
});
const display = await new Promise((resolve, reject) => {
  xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
  xvfb.once('error', (error) => reject(new Error(`Xvfb: ${error.message}`)));
  xvfb.once('exit', () => reject(new Error('Xvfb did not start')));
});
// XDG_CONFIG_HOME points GTK at the gtk.css above.
const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: dir };
const xsettingsd = start('xsettingsd', ['-c', xsettingsConf], { env });

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const driverProcess = start('WebKitWebDriver', [`--port=${port}`], { env });
let driverError;
driverProcess.once('error', (error) => (driverError = error));
// The driver takes a moment to listen: seconds on a busy machine, hence a generous limit.
const driverDeadline = Date.now() + 60_000;
for (;;) {
  try {
    await fetch(`http://127.0.0.1:${port}/status`);
    break;
  } catch {
    if (driverError || Date.now() > driverDeadline) throw new Error(`WebKitWebDriver did not answer on port ${port}${driverError ? `: ${driverError.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resizes the window until the page's viewport is exactly width × height. */
async function setViewport(driver, { width, height }) {
  // A new size usually holds by the next frame; on a busy machine it can take many more.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const [innerW, innerH] = await driver.execute(() => [innerWidth, innerHeight]);
    if (innerW === width && innerH === height) return true;
    // The window's frame and toolbar add a constant to the viewport.
    const rect = await driver.getWindowRect();
    const w = rect.width + width - innerW;
    const h = rect.height + height - innerH;
    const x = Math.max(0, Math.floor((SCREEN.width - w) / 2));
    const y = Math.max(0, Math.floor((SCREEN.height - h) / 2));
    await driver.setWindowRect(x, y, w, h);
    await driver.executeAsync((done) => requestAnimationFrame(() => done()));
  }
  const [innerW, innerH] = await driver.execute(() => [innerWidth, innerHeight]);
  throw new Error(`WebKitGTK: viewport ${innerW}×${innerH}, wanted ${width}×${height}`);
}

async function emulateMedia(driver, { colorScheme, media, reducedMotion }) {
  if (media || reducedMotion) throw new Error('WebKitGTK: only colorScheme can be emulated');
  if (!colorScheme) return true;
  const dark = colorScheme === 'dark';
  writeTheme(dark);
  // xsettingsd rereads its file on SIGHUP and tells every X client.
  xsettingsd.kill('SIGHUP');
  // The theme reaches the page within a few frames, or seconds on a busy machine.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if ((await driver.execute(() => matchMedia('(prefers-color-scheme: dark)').matches)) === dark) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`WebKitGTK did not switch to ${colorScheme}`);
}

/** Hands set-viewport and emulate-media to the functions above when the browser is WebDriver's. */
function webdriverCommandsPlugin() {
  return {
    name: 'webdriver-viewport-and-media',
    serverStart({ config }) {
      for (const plugin of config.plugins) {
        if (plugin.name !== 'set-viewport-command' && plugin.name !== 'emulate-media-command') continue;
        const builtIn = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async (args) => {
          const { command, payload, session } = args;
          if (session.browser.type === 'webdriver') {
            if (command === 'set-viewport') return setViewport(session.browser.driver, payload);
            if (command === 'emulate-media') return emulateMedia(session.browser.driver, payload);
          }
          return builtIn(args);
        };
      }
    },
  };
}

export default {
  ...base,
  plugins: [...base.plugins, webdriverCommandsPlugin()],
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 would otherwise ask for WebDriver BiDi, which WebKitWebDriver lacks.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    }),
  ],
};
