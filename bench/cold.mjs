// Cold first render: every run opens a fresh browser context (empty cache, new renderer), loads
// the contender's page, and reads what the page measured, its memory after a full garbage
// collection, and every problem. Contenders alternate run by run.
import { loadAndMeasure, openPage, pageMetrics, sleep } from './browser.mjs';
import { serialiseFloor } from './floor.mjs';
import { rotate } from './stats.mjs';
import { syntheticDataset } from './dataset.mjs';
import { PHONE } from './contenders.mjs';

/**
 * @typedef {object} ColdSample
 * @property {boolean} ok false when anything went wrong (then `problems` says what)
 * @property {string[]} problems
 * @property {number} [cold] ms from navigation start to the settled first render, painted
 * @property {number} [coldFirstPaint] ms from navigation start to the first render, painted
 * @property {number} [loaded] ms from navigation start to the moment the contender is created
 *   (its script fetched and run, the data parsed)
 * @property {number} [render] ms from creating the contender to its settled render, painted
 *   ("module already loaded")
 * @property {number} [renderFirstPaint] the same to the first render, painted
 * @property {number} [longTask] the longest task (ms) until the render settled, 0 if none
 * @property {number} [updates] how many Lit updates our element and its drawing made
 * @property {number} [items] events (list) or markers (drawing, vis) on the page
 * @property {number} [heap] JS heap used after GC (bytes), from DevTools
 * @property {number} [memory] JS + DOM bytes (measureUserAgentSpecificMemory), if available
 * @property {number} [domMemory] the DOM part of `memory`
 * @property {number} [nodes] DOM nodes, from DevTools
 */

/**
 * Runs every contender `runs` times on `size` events.
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {import('./server.mjs').BenchServer} options.server
 * @param {readonly import('./contenders.mjs').Contender[]} options.contenders
 * @param {number} options.size
 * @param {number} options.runs
 * @param {number} options.pauseMs
 * @param {(line: string) => void} options.log
 * @returns {Promise<{ samples: Record<string, ColdSample[]>, floor: object | null }>}
 */
export async function coldRuns({ browser, server, contenders, size, runs, pauseMs, log }) {
  const data = syntheticDataset(size);
  const needsFloor = contenders.some((c) => c.name === 'static');
  const floor = needsFloor ? await serialiseFloor(browser, server, { data, width: PHONE }) : null;
  if (floor && !floor.complete) {
    log(`  note: the serialised list has ${floor.events} of ${size} events (windowed?)`);
  }
  const urls = new Map(
    contenders.map((c) => [
      c.name,
      server.page(`/cold/${c.name}-${size}.html`, c.page({ data, floor: floor ?? undefined })),
    ]),
  );
  /** @type {Record<string, ColdSample[]>} */
  const samples = Object.fromEntries(contenders.map((c) => [c.name, []]));
  for (let run = 0; run < runs; run++) {
    const line = [];
    for (const contender of rotate(contenders, run)) {
      const url = /** @type {string} */ (urls.get(contender.name));
      const sample = await measureCold(browser, server.origin, contender.width, url);
      samples[contender.name].push(sample);
      line.push(`${contender.name} ${sample.ok ? Math.round(sample.cold ?? 0) : 'FAILED'}`);
      await sleep(pauseMs);
    }
    log(`  ${size} events, run ${run + 1}/${runs}: ${line.join(' · ')} ms`);
  }
  for (const c of contenders) server.drop(`/cold/${c.name}-${size}.html`);
  const floorInfo = floor
    ? { events: floor.events, complete: floor.complete, bytes: floor.markup.length }
    : null;
  return { samples, floor: floorInfo };
}

/**
 * One cold load of `url` in a fresh context `width` px wide.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {number} width
 * @param {string} url
 * @returns {Promise<ColdSample>}
 */
export async function measureCold(browser, origin, width, url) {
  const bench = await openPage(browser, { width, origin });
  try {
    const figures = await loadAndMeasure(bench, url);
    const metrics = await pageMetrics(bench.cdp);
    const memory = await userAgentMemory(bench.page);
    return {
      ...coldFigures(figures, metrics, memory),
      ok: !bench.problems.length,
      problems: bench.problems,
    };
  } catch (error) {
    return { ok: false, problems: [...bench.problems, String(error?.message ?? error)] };
  } finally {
    await bench.close();
  }
}

/**
 * The sample's numbers from what the page reported and DevTools' counters.
 * @param {any} f what probe.js resolved with
 * @param {Record<string, number>} metrics
 * @param {{ bytes: number, dom: number } | null} memory
 */
function coldFigures(f, metrics, memory) {
  const until = f.settled;
  const tasks = f.longTasks.filter((t) => t.start < until).map((t) => t.duration);
  return {
    cold: f.settled,
    coldFirstPaint: f.painted,
    loaded: f.created,
    render: f.settled - f.created,
    renderFirstPaint: f.painted - f.created,
    longTask: tasks.length ? Math.max(...tasks) : 0,
    updates: f.updates.length,
    items: f.items,
    heap: metrics.heap,
    nodes: metrics.Nodes,
    ...(memory ? { memory: memory.bytes, domMemory: memory.dom } : {}),
  };
}

/**
 * JS + DOM memory of the page, as `performance.measureUserAgentSpecificMemory()` reports it
 * (the page is cross-origin isolated; the browser measures eagerly), or `null`.
 * @param {import('playwright-core').Page} page
 */
export function userAgentMemory(page) {
  return page.evaluate(async () => {
    if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
    const result = await performance.measureUserAgentSpecificMemory();
    const dom = result.breakdown
      .filter((b) => b.types.includes('DOM'))
      .reduce((sum, b) => sum + b.bytes, 0);
    return { bytes: result.bytes, dom };
  });
}
