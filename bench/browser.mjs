// The browser side of the bench: one Chromium for the whole run, a fresh context (fresh cache,
// fresh renderer) for every measurement, and every page error, console error, failed request
// and request to another host caught and attached to the measurement it spoiled.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome } from '../scripts/chromium.mjs';

/** How long one page may take before its measurement is given up. */
export const PAGE_TIMEOUT = 180_000;

/** Starts the system Chromium, headless. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: findChrome(),
    // Eager: measureUserAgentSpecificMemory answers at once rather than at the next idle GC.
    args: [...CHROMIUM_FLAGS, '--enable-blink-features=ForceEagerMeasureMemory'],
  });
}

/**
 * @typedef {object} BenchPage
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Page} page
 * @property {import('playwright-core').CDPSession} cdp
 * @property {string[]} problems every error seen in the page, in order
 * @property {() => Promise<void>} close
 */

/**
 * A new context and page of `width` × `height`, watched for problems. DevTools' Performance
 * domain is enabled before the page loads, so that its script, style and layout durations
 * cover the whole load.
 * @param {import('playwright-core').Browser} browser
 * @param {{ width: number, height?: number, origin: string }} options
 * @returns {Promise<BenchPage>}
 */
export async function openPage(browser, { width, height = 800, origin }) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`),
  );
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) {
      problems.push(`request to another host: ${r.url()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    context,
    page,
    cdp,
    problems,
    close: () => context.close(),
  };
}

/**
 * Loads `url` and waits for the page's instruments (probe.js) to report.
 * @param {BenchPage} bench
 * @param {string} url
 * @returns {Promise<any>} what the page measured
 */
export async function loadAndMeasure({ page }, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT });
  return withTimeout(
    page.evaluate(() => window.__bench.result),
    PAGE_TIMEOUT,
    `no result from ${url}`,
  );
}

/**
 * DevTools' performance counters of the page after two full garbage collections: `heap` is the
 * JS heap in use (JSHeapUsedSize), `Nodes` the DOM nodes still alive, and so on.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<Record<string, number>>}
 */
export async function pageMetrics(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const counters = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  return { ...counters, heap: counters.JSHeapUsedSize ?? NaN };
}

/**
 * `promise`, or a rejection with `message` after `ms`.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
