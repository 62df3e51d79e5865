// The drop-in way, as readers get it: an article whose only JavaScript is the bundle's script tag
// and a `<news-timeline>` with fallback content, on a phone (the list) and on a desktop (the
// drawing). Counts every script the page fetches, chunks loaded on demand included (each
// response body, gzipped and brotli-compressed here, since the local server sends them plain),
// and measures the layout shift (CLS) and the longest task of the cold load.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { loadAndMeasure, openPage, sleep } from './browser.mjs';
import { articlePage } from './pages.mjs';
import { DESKTOP, PHONE } from './contenders.mjs';

/** The two article pages. */
export const ARTICLES = Object.freeze([
  { name: 'phone list', width: PHONE, height: 812, layout: 'vertical' },
  { name: 'desktop drawing', width: DESKTOP, height: 800, layout: 'horizontal' },
]);

/**
 * gzip (level 9) and brotli (quality 11) sizes of `buf`, as a server would send it.
 * @param {Buffer} buf
 */
export function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Loads each article page `runs` times, each in a fresh context.
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {import('./server.mjs').BenchServer} options.server
 * @param {number} options.runs
 * @param {number} options.pauseMs
 * @param {(line: string) => void} options.log
 */
export async function articleRuns({ browser, server, runs, pauseMs, log }) {
  const results = {};
  for (const article of ARTICLES) {
    const url = server.page(`/article/${article.layout}.html`, articlePage(article.layout));
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const sample = await measureArticle(browser, server.origin, article, url);
      samples.push(sample);
      const js = sample.scripts?.reduce((sum, s) => sum + s.gzip, 0);
      log(
        `  ${article.name}, run ${run + 1}/${runs}: ` +
          (sample.ok
            ? `${Math.round(sample.cold)} ms, CLS ${sample.cls.toFixed(3)}, JS ${(js / 1024).toFixed(1)} KB gzip`
            : 'FAILED'),
      );
      await sleep(pauseMs);
    }
    results[article.name] = samples;
  }
  return results;
}

/**
 * One cold load of an article page.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ width: number, height: number }} article
 * @param {string} url
 */
async function measureArticle(browser, origin, { width, height }, url) {
  const bench = await openPage(browser, { width, height, origin });
  const scripts = watchScripts(bench.page);
  const network = trackNetwork(bench.page);
  try {
    const f = await loadAndMeasure(bench, url);
    await network.quiet(500, 10_000);
    const tasks = f.longTasks.map((t) => t.duration);
    return {
      ok: !bench.problems.length,
      problems: bench.problems,
      cold: f.settled,
      coldFirstPaint: f.painted,
      cls: f.shifts.reduce((sum, s) => sum + s.value, 0),
      shifts: f.shifts.length,
      longTask: tasks.length ? Math.max(...tasks) : 0,
      items: f.items,
      scripts: await scripts(),
    };
  } catch (error) {
    return { ok: false, problems: [...bench.problems, String(error?.message ?? error)] };
  } finally {
    await bench.close();
  }
}

/**
 * Remembers every script response of `page`; the returned function reads their bodies.
 * @param {import('playwright-core').Page} page
 * @returns {() => Promise<{ path: string, raw: number, gzip: number, brotli: number }[]>}
 */
function watchScripts(page) {
  /** @type {import('playwright-core').Response[]} */
  const responses = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    if (type === 'script' || contentType.includes('javascript')) responses.push(response);
  });
  return async () => {
    const bodies = await Promise.all(responses.map((r) => r.body()));
    return responses.map((r, i) => ({ path: new URL(r.url()).pathname, ...compressed(bodies[i]) }));
  };
}

/**
 * Follows the requests of `page` from now on; `quiet()` resolves once none has been in flight for
 * `quietMs` (or after `maxMs`), so that chunks the element loads after its first render count.
 * @param {import('playwright-core').Page} page
 */
function trackNetwork(page) {
  let inflight = 0;
  let last = Date.now();
  page.on('request', () => {
    inflight++;
    last = Date.now();
  });
  const end = () => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    /** @param {number} quietMs @param {number} maxMs */
    async quiet(quietMs, maxMs) {
      const deadline = Date.now() + maxMs;
      while (Date.now() < deadline && (inflight > 0 || Date.now() - last < quietMs))
        await sleep(50);
    },
  };
}
