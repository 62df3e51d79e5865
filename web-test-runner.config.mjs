// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';
import { extname, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchers, selectedEngines } from './scripts/engines.mjs';
import { embedAllowMiddleware, reactPlugin, secondOriginPlugin } from './test/plugins/embed.mjs';

// Tests never depend on the machine's zone or language: data dates are UTC, and a zone west of
// Greenwich is the one that catches "April 7 shows as April 6" bugs.
process.env.TZ = 'America/Los_Angeles';

const chromiumFlags = [
  '--lang=en-US',
  // A page in a background tab must still get animation frames and timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

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

/** `/__hold/<key>` requests waiting for `/__release/<key>`, and keys released early. */
const held = new Map();
const released = new Set();

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Endpoints for the tests of loading data over the network (data-source-controller.test.ts,
 * test/data-sources.test.ts) and of the source text (test/tokens.test.ts). The prefixes nest:
 * `/__flaky/k/__hold/k/data.json`.
 *
 * - `/__slow/<ms>/<path>`: waits `<ms>` milliseconds (at most 10,000), then serves `/<path>`.
 * - `/__status/<code>`: answers with that HTTP status (200–599) and a short text body.
 * - `/__flaky/<key>/<path>`: the 1st, 3rd, 5th… request for a `<key>` fails with
 *   503 Service Unavailable; the others serve `/<path>`.
 * - `/__hold/<key>/<path>`: waits until `/__release/<key>` is asked for (at most 10 s), then
 *   serves `/<path>`: a test sees the "loading" state for as long as it needs, whatever the
 *   engine's timing.
 * - `/__raw/<path>`: the file's bytes exactly as they are on disk, not compiled (the TypeScript
 *   with its comments; the dev server re-encodes text files it serves as UTF-8, which would hide
 *   a Windows-1252 file's bytes from the browser), typed by extension, or as `?type=<media type>`
 *   says.
 * - `/__without-parts/<path>`: serves `/<path>`, but 404 for the drop-in bundle's parts
 *   (`news-timeline.<part>.<hash>.js`): a page whose producer copied the bundle alone.
 *
 * Keys are per test run and shared by the browsers: tests make them unique.
 *
 * @param {any} ctx Koa's context.
 * @param {() => Promise<unknown>} next
 */
async function testEndpoints(ctx, next) {
  for (;;) {
    const [, kind, arg, ...rest] = ctx.path.split('/');
    const onward = `/${rest.join('/')}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
    if (kind === '__slow' && /^\d+$/.test(arg)) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(arg), 10_000)));
      ctx.url = onward;
    } else if (kind === '__status' && /^\d{3}$/.test(arg)) {
      ctx.status = Math.max(200, Math.min(Number(arg), 599));
      ctx.type = 'text/plain';
      ctx.body = `status ${ctx.status}`;
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
      ctx.url = onward;
    } else if (kind === '__hold' && arg) {
      if (!released.delete(arg)) {
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 10_000);
          held.set(arg, () => {
            clearTimeout(timer);
            resolve(undefined);
          });
        });
      }
      held.delete(arg);
      ctx.url = onward;
    } else if (kind === '__release' && arg) {
      const release = held.get(arg);
      if (release) release();
      else released.add(arg);
      ctx.status = 204;
      return;
    } else if (kind === '__without-parts' && arg) {
      if (/(?:^|\/)news-timeline\.(?!bundle\.js$)[\w-]+\.[\w-]+\.js$/.test(ctx.path)) {
        ctx.status = 404;
        ctx.type = 'text/plain';
        ctx.body = 'not copied';
        return;
      }
      ctx.url = `/${[arg, ...rest].join('/')}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
    } else if (kind === '__raw' && arg) {
      const file = resolvePath(ROOT, decodeURIComponent([arg, ...rest].join('/')));
      if (!file.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) {
        ctx.status = 403;
        return;
      }
      try {
        ctx.body = await readFile(file);
      } catch {
        return next();
      }
      ctx.type = ctx.query.type ?? RAW_TYPES[extname(file)] ?? 'application/octet-stream';
      return;
    } else {
      return next();
    }
  }
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
    // Firefox runs through puppeteer too, but over WebDriver BiDi, which has no such snapshot.
    if (session.browser.name !== 'Chromium') throw new Error('a11y-tree needs Chromium (CDP)');
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
    if (session.browser.name !== 'Chromium') {
      throw new Error('emulate-forced-colors needs Chromium (CDP)');
    }
    // @ts-expect-error getPage exists on the puppeteer-based launchers.
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    const value = /** @type {{ forcedColors?: string }} */ (payload)?.forcedColors ?? 'none';
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

/**
 * `executeServerCommand('runner')`: which engine runs this page, `{ engine: 'chromium' | 'firefox'
 * | 'webkit' }` (test/helpers/runner.ts). What a test may ask of the runner follows from it: only
 * Chromium is driven over CDP, the one protocol here that can emulate media and snapshot the
 * accessibility tree.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const runnerPlugin = {
  name: 'runner',
  async executeCommand({ command, session }) {
    if (command !== 'runner') return undefined;
    return { engine: session.browser.name.toLowerCase() };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: ROOT,
  middleware: [testEndpoints, embedAllowMiddleware],
  // One page at a time: a page in a background tab gets no animation frames or ResizeObserver
  // callbacks, and real key presses (sendKeys) need the page to have focus.
  concurrency: 1,
  // Limits against hangs, not assertions. WebKit under Xvfb renders in software: axe over a demo
  // page and the property-based tests take 3–7 times as long as in Chromium, over 10 s a test on
  // two busy cores. A test file's whole run: test/xss.test.ts alone takes 1.5–2 minutes in each
  // engine (the default limit is 2).
  testFramework: { config: { timeout: 30_000 } },
  testsFinishTimeout: 300_000,
  plugins: [
    runnerPlugin,
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
  // Chromium, Firefox and WebKit (scripts/engines.mjs), or those named by `--browsers`
  // (scripts/wtr.mjs). Two at a time: with all three at once on two busy cores, WebKit's slowest
  // tests ran out of time.
  browsers: launchers(selectedEngines(), chromiumFlags),
  concurrentBrowsers: 2,
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
