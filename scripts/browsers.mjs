// Where the test browsers beyond Chromium live, and what each needs: shared by their test-runner
// configs (which launch them) and scripts/test-browsers.mjs (which decides whether they can run).
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's Firefox ESR unless FIREFOX_PATH names another. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** WebKitGTK's MiniBrowser, shipped with libwebkit2gtk-4.1 under the machine's multiarch folder. */
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ||
  (existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((dir) => dir.endsWith('-linux-gnu')) : [])
    .map((dir) => join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((file) => existsSync(file)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const onPath = (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

/** What an engine lacks on this machine, or an empty list; with the Debian packages that bring it. */
export function missing(engine) {
  if (engine === 'firefox') {
    return existsSync(firefoxPath) ? [] : [`${firefoxPath} (apt-get install firefox-esr, or set FIREFOX_PATH)`];
  }
  if (engine === 'webkit') {
    const lacking = [];
    if (!existsSync(miniBrowserPath)) lacking.push(`${miniBrowserPath} (apt-get install webkit2gtk-driver, or set MINIBROWSER_PATH)`);
    for (const [command, pkg] of [['WebKitWebDriver', 'webkit2gtk-driver'], ['Xvfb', 'xvfb'], ['xsettingsd', 'xsettingsd']]) {
      if (!onPath(command)) lacking.push(`${command} (apt-get install ${pkg})`);
    }
    return lacking;
  }
  return [];
}
