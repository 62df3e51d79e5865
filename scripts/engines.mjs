// The three browser engines the tests run in, as @web/test-runner launchers, and which of them
// this run wants (`npm test -- --browsers firefox`, through scripts/wtr.mjs and $NT_BROWSERS).
// Nothing downloads a browser: each is the system's (Debian: chromium, firefox-esr,
// webkit2gtk-driver + xvfb; `bash .ci/run` installs what is missing).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChrome } from './chromium.mjs';
import { webkitLauncher } from './webkit.mjs';

export const ENGINES = Object.freeze(['chromium', 'firefox', 'webkit']);

/**
 * The engines named in `value` (spaces or commas; `chrome` is Chromium, `safari` WebKit), or all
 * three when it is empty.
 * @param {string | undefined} value
 */
export function selectedEngines(value = process.env.NT_BROWSERS) {
  const aliases = { chrome: 'chromium', gecko: 'firefox', safari: 'webkit', minibrowser: 'webkit' };
  const names = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => aliases[/** @type {keyof typeof aliases} */ (name)] ?? name);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown browser "${unknown.join('", "')}": use ${ENGINES.join(', ')}.`);
  }
  return names.length > 0 ? ENGINES.filter((name) => names.includes(name)) : [...ENGINES];
}

/** `$FIREFOX_PATH`, else `firefox-esr` or `firefox` on PATH. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) {
    return process.env.FIREFOX_PATH;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['firefox-esr', 'firefox']) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  throw new Error(
    'No Firefox found. Install one (Debian: `sudo apt-get install firefox-esr`) or set ' +
      'FIREFOX_PATH, or leave it out: `npm test -- --browsers chromium webkit`. `bash .ci/run` ' +
      'installs it for you.',
  );
}

/**
 * Chromium through puppeteer-core over CDP. Passing puppeteer-core explicitly (rather than
 * letting the launcher find Chrome) makes the launcher report itself as "Chromium".
 * @param {string[]} args extra command-line flags
 */
function chromium(args) {
  return chromeLauncher({
    puppeteer: /** @type {any} */ (puppeteerCore),
    launchOptions: { executablePath: findChrome(), args: [...CHROMIUM_FLAGS, ...args] },
  });
}

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi: keys, pointer and setViewport work;
 * everything puppeteer does over CDP (emulateMedia, accessibility snapshots, coverage) does not.
 */
function firefox() {
  return chromeLauncher({
    puppeteer: /** @type {any} */ (puppeteerCore),
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: {
        // The tests pin en-US (Chromium: --lang=en-US; WebKit: LANG).
        'intl.accept_languages': 'en-US',
        'intl.locale.requested': 'en-US',
        'intl.regional_prefs.use_os_locales': false,
      },
    },
  });
}

/**
 * The launchers for `engines`, Chromium with `chromiumArgs`.
 * @param {string[]} engines
 * @param {string[]} chromiumArgs
 */
export function launchers(engines, chromiumArgs = []) {
  return engines.map((engine) => {
    if (engine === 'chromium') return chromium(chromiumArgs);
    if (engine === 'firefox') return firefox();
    return webkitLauncher();
  });
}
