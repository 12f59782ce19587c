// How this project starts Chrome/Chromium and serves pages to it, shared by the test runner, the
// Storybook smoke test and the bench. chrome-launcher finds Debian's chromium on CI and the local
// Chrome on a laptop; CHROME_PATH overrides both.
import { startDevServer } from '@web/dev-server';
import { Launcher } from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

/** Flags for a headless browser on a closed network, as root (hence --no-sandbox). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts a headless browser; `protocolTimeout`: how long one call into the page may take (the bench's runs for minutes). */
export function launchChromium({ protocolTimeout } = {}) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || Launcher.getFirstInstallation(),
    headless: true,
    args: chromiumArgs,
    protocolTimeout,
    // Puppeteer gives a browser 30 s to start: reached on a busy 2-core machine.
    timeout: 120_000,
  });
}

/** Serves a folder on a free loopback port (and whatever `middleware` answers); returns the server and its base URL. */
export async function serve(rootDir, middleware = []) {
  const server = await startDevServer({
    config: { rootDir, port: 0, hostname: '127.0.0.1', middleware },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, base: `http://127.0.0.1:${server.server.address().port}` };
}
