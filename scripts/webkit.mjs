// WebKit for @web/test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's
// webkit2gtk-driver, which brings libwebkit2gtk-4.1-0 and its MiniBrowser) through
// @web/test-runner-webdriver 0.9 (1.x needs Node 22) and webdriverio 9.
//
// The launcher owns everything it starts. `initialize` starts a private X server and the driver;
// `stop` (called by the runner when WebKit has run its last test file) ends the WebDriver session,
// which closes MiniBrowser, then ends the driver and the X server and waits for them to exit.
//
// Why a private `Xvfb` and not `xvfb-run` around the whole command: WebKitGTK has no headless mode,
// but only MiniBrowser needs a display, so only the driver (and the MiniBrowser it starts) gets
// one, and `npm test` stays one command on any machine, display or not. `-displayfd` lets the X
// server pick a display number that is free and tell us once it accepts connections: no guessing
// `:99`, no lock-file races with other test runs on the same machine, no sleep. The driver's port
// is likewise one the kernel says is free, checked by waiting for the driver's /status.
//
// Both are started in their own process group, and ended by group, so MiniBrowser and its WebKit
// helper processes go too. If the runner dies without calling `stop` (an exception, SIGTERM), an
// exit hook kills the groups; only SIGKILL of the runner can leave them behind.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** `$name` on PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** `$MINIBROWSER_PATH`, else the webkit2gtk-4.1 MiniBrowser under /usr/lib/<triplet>. */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH && existsSync(process.env.MINIBROWSER_PATH)) {
    return process.env.MINIBROWSER_PATH;
  }
  const candidates = ['/usr/libexec/webkit2gtk-4.1/MiniBrowser'];
  for (const dir of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    candidates.push(`/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`);
  }
  return candidates.find((path) => existsSync(path));
}

const INSTALL_HINT =
  "Install WebKitGTK's driver and an X server (Debian: `sudo apt-get install webkit2gtk-driver " +
  'xvfb`), or leave WebKit out: `npm test -- --browsers chromium firefox`. `bash .ci/run` ' +
  'installs them for you.';

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Ends a process group started by `start` and waits (up to `ms`) for its leader to exit; SIGKILL
 * if it will not.
 * @param {import('node:child_process').ChildProcess | undefined} child
 */
async function endGroup(child, ms = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
  } catch {
    return; // already gone
  }
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  if ((await Promise.race([exited, late])) === 'late') {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
    } catch {
      // gone in the meantime
    }
    await exited;
  }
  clearTimeout(timer);
}

/** Keeps the last few KB a child wrote, for the error message if it fails to start. */
function tail(child) {
  let text = '';
  const keep = (chunk) => (text = (text + chunk).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text.trim();
}

export class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    const binary = findMiniBrowser();
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: binary ?? 'MiniBrowser', args: ['--automation'] },
        // WebKitWebDriver speaks classic WebDriver; without this webdriverio asks for a BiDi
        // socket and the driver refuses the session ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.binary = binary;
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.xvfb = undefined;
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.driverProcess = undefined;
    /** Synchronous, for process exit: SIGKILL to whatever is still running. */
    this.killOnExit = () => {
      for (const child of [this.driverProcess, this.xvfb]) {
        if (child?.pid && child.exitCode === null && child.signalCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // gone already
          }
        }
      }
    };
    /** SIGTERM or SIGHUP to the test runner: end the children, then exit as the signal would. */
    this.onSignal = (/** @type {NodeJS.Signals} */ signal) => {
      this.killOnExit();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    };
  }

  addHooks() {
    process.on('exit', this.killOnExit);
    process.on('SIGTERM', this.onSignal);
    process.on('SIGHUP', this.onSignal);
  }

  removeHooks() {
    process.off('exit', this.killOnExit);
    process.off('SIGTERM', this.onSignal);
    process.off('SIGHUP', this.onSignal);
  }

  /**
   * @param {import('@web/test-runner-core').TestRunnerCoreConfig} config
   * @param {string[]} testFiles
   */
  async initialize(config, testFiles) {
    const driver = process.env.WEBKIT_WEBDRIVER_PATH || onPath('WebKitWebDriver');
    const xvfb = onPath('Xvfb');
    if (!driver || !this.binary || !xvfb) {
      const missing = [
        !driver && 'WebKitWebDriver',
        !this.binary && 'MiniBrowser',
        !xvfb && 'Xvfb',
      ];
      throw new Error(`WebKit: ${missing.filter(Boolean).join(', ')} not found. ${INSTALL_HINT}`);
    }
    this.addHooks();
    const display = await this.startXvfb(xvfb);
    // Up to three ports: another program may take the free port before the driver does.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      try {
        await this.startDriver(driver, display, port);
        this.options.port = port;
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /** Starts `Xvfb` on a free display; resolves with `:N` once it accepts connections. */
  async startXvfb(xvfb) {
    const child = spawn(
      xvfb,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
    );
    this.xvfb = child;
    const output = tail(child);
    const number = await new Promise((resolve, reject) => {
      let text = '';
      child.stdio[3]?.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(text.trim());
      });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${output()}`)));
    });
    return `:${number}`;
  }

  /** Starts WebKitWebDriver on `port` and waits until it answers /status. */
  async startDriver(driver, display, port) {
    const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env, // TZ is set by web-test-runner.config.mjs
        DISPLAY: display,
        // navigator.language follows LANG; under LANG=C WebKit says "C" and Intl "en-US-u-va-posix".
        // The C library need not have the locale: GTK warns and WebKit still reads the tag.
        LANG: 'en_US.UTF-8',
        LC_ALL: '',
        // No GPU under Xvfb: software GL, and no DMA-BUF renderer (it fails without a GPU).
        WEBKIT_DISABLE_DMABUF_RENDERER: '1',
        LIBGL_ALWAYS_SOFTWARE: '1',
      },
    });
    const output = tail(child);
    const exited = new Promise((resolve) => {
      child.once('exit', resolve);
      child.once('error', resolve); // could not be started
    });
    for (let tries = 0; tries < 100; tries += 1) {
      const result = await Promise.race([
        exited.then(() => 'exited'),
        fetch(`http://127.0.0.1:${port}/status`).then(
          (r) => (r.ok ? 'ready' : 'no'),
          () => 'no',
        ),
      ]);
      if (result === 'ready') {
        this.driverProcess = child;
        return;
      }
      if (result === 'exited') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await endGroup(child);
    throw new Error(`WebKitWebDriver did not start on port ${port}: ${output()}`);
  }

  async stop() {
    await super.stop();
    await endGroup(this.driverProcess);
    await endGroup(this.xvfb);
    this.removeHooks();
  }
}

/** The launcher for web-test-runner.config.mjs's `browsers`. */
export function webkitLauncher() {
  return new WebKitLauncher();
}
