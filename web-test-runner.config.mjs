// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, findChrome } from './scripts/chromium.mjs';
import { embedAllowMiddleware, reactPlugin, secondOriginPlugin } from './test/plugins/embed.mjs';

// Tests never depend on the machine's zone or language: data dates are UTC, and a zone west of
// Greenwich is the one that catches "April 7 shows as April 6" bugs.
process.env.TZ = 'America/Los_Angeles';

const chromeFlags = [
  ...CHROMIUM_FLAGS,
  '--lang=en-US',
  // A page in a background tab must still get animation frames and timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** The media type `/__raw/` sends for a file, by extension (no charset: the bytes decide). */
const RAW_TYPES = {
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** How many times each `/__flaky/<key>` was asked for. */
const flakyCounts = new Map();

/**
 * Endpoints for the tests of loading data over the network (data-source-controller.test.ts):
 *
 * - `/__slow/<ms>/<path>`: waits `<ms>` milliseconds (at most 10,000), then serves `/<path>`.
 * - `/__status/<code>`: answers with that HTTP status (200–599) and a short text body.
 * - `/__flaky/<key>/<path>`: the 1st, 3rd, 5th… request for a `<key>` fails with
 *   503 Service Unavailable; the others serve `/<path>`.
 * - `/__raw/<path>`: the file's bytes exactly as they are on disk (the dev server re-encodes
 *   text files it serves as UTF-8, which would hide a Windows-1252 file's bytes from the
 *   browser), typed by extension, or as `?type=<media type>` says.
 * - `/__without-parts/<path>`: serves `/<path>`, but 404 for the drop-in bundle's parts
 *   (`news-timeline.<part>.<hash>.js`): a page whose producer copied the bundle alone.
 *
 * @param {any} ctx Koa's context.
 * @param {() => Promise<unknown>} next
 */
async function testEndpoints(ctx, next) {
  const [, kind, arg, ...rest] = ctx.path.split('/');
  if (kind === '__slow' && /^\d+$/.test(arg)) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(arg), 10_000)));
    ctx.url = `/${rest.join('/')}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
  } else if (kind === '__status' && /^\d{3}$/.test(arg)) {
    ctx.status = Math.max(200, Math.min(Number(arg), 599));
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
    return;
  } else if (kind === '__raw' && arg) {
    const file = resolve(rootDir, ctx.path.slice('/__raw/'.length));
    if (!file.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)) {
      ctx.status = 403;
      return;
    }
    try {
      ctx.body = await readFile(file);
    } catch {
      ctx.status = 404;
      return;
    }
    ctx.type = ctx.query.type ?? RAW_TYPES[extname(file)] ?? 'application/octet-stream';
    return;
  } else if (kind === '__flaky' && arg) {
    const count = (flakyCounts.get(arg) ?? 0) + 1;
    flakyCounts.set(arg, count);
    if (count % 2 === 1) {
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = 'try again';
      return;
    }
    ctx.url = `/${rest.join('/')}`;
  } else if (kind === '__without-parts') {
    const path = [arg, ...rest].join('/');
    if (/(?:^|\/)news-timeline\.(?!bundle\.js$)[\w-]+\.[\w-]+\.js$/.test(path)) {
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'not copied';
      return;
    }
    ctx.url = `/${path}`;
  }
  return next();
}

/**
 * `executeServerCommand('a11y-tree')`: Chromium's whole accessibility tree, lists and list items
 * included (puppeteer's default "interesting only" snapshot drops them), for
 * test/a11y-tree.test.ts.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const a11yTreePlugin = {
  name: 'a11y-tree',
  async executeCommand({ command, session }) {
    if (command !== 'a11y-tree') return undefined;
    if (session.browser.type !== 'puppeteer')
      throw new Error('a11y-tree needs Chromium (puppeteer)');
    // @ts-expect-error getPage exists on the puppeteer-based launchers.
    const page = session.browser.getPage(session.id);
    return page.accessibility.snapshot({ interestingOnly: false });
  },
};

/**
 * `executeServerCommand('emulate-forced-colors', { forcedColors: 'active' | 'none' })`: Windows
 * high contrast, emulated. The puppeteer launcher's emulateMedia passes on only the colour scheme
 * and reduced motion, so this sends the media feature over CDP (test/contrast.test.ts). The
 * session is kept open: detaching it would end the emulation.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    // @ts-expect-error getPage exists on the puppeteer-based launchers.
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    const value = /** @type {{ forcedColors?: string }} */ (payload)?.forcedColors ?? 'none';
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  rootDir,
  middleware: [testEndpoints, embedAllowMiddleware],
  // One page at a time: a page in a background tab gets no animation frames or ResizeObserver
  // callbacks, and real key presses (sendKeys) need the page to have focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    secondOriginPlugin,
    reactPlugin,
    a11yTreePlugin,
    forcedColorsPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        args: chromeFlags,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
