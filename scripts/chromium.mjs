// The system Chrome/Chromium, found and started the same way by the tests
// (web-test-runner.config.mjs), the bench and the screenshot script. Nothing downloads a browser.
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Flags for headless Chromium on a closed network (as root it needs --no-sandbox; the rest stop
 * it calling home; see ../shared/toolchain.md).
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** `$CHROME_PATH`, else the first Chrome/Chromium on `PATH`, as chrome-launcher looks for it. */
export function findChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) {
    return process.env.CHROME_PATH;
  }
  const names = ['google-chrome-stable', 'google-chrome', 'chromium-browser', 'chromium'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH. `bash .ci/run` installs it for you.',
  );
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.map': 'application/json',
};

/**
 * Serves the repository's files to a Playwright page at `origin` (e.g. `http://demo.local`) from
 * disk, through Playwright's router: no server, and no request leaves the machine. `pages` maps a
 * path to HTML to serve instead of a file.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {Record<string, string>} [pages]
 */
export function serveRepository(page, origin, pages = {}) {
  const root = new URL('..', import.meta.url);
  return page.route(`${origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    if (pages[path] !== undefined)
      return route.fulfill({ contentType: 'text/html', body: pages[path] });
    const file = fileURLToPath(new URL(`.${path}`, root));
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
}
