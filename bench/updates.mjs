// Updates on a big timeline: one page per layout with the element already rendered (not timed),
// then filters and selection set as a page script sets them, each timed from the change to the
// settled update, painted. Every change is undone after, so each repetition starts the same.
import { openPage, sleep } from './browser.mjs';
import { syntheticDataset } from './dataset.mjs';
import { DESKTOP, PHONE } from './contenders.mjs';
import { bundlePage } from './pages.mjs';

/**
 * The changes, in the order they run in each repetition. `value(data, run)` gives the value to
 * set; `undefined` removes a filter.
 */
export const UPDATES = Object.freeze([
  { name: 'filter: one category', prop: 'categories', value: () => 'court' },
  { name: 'filter: all again', prop: 'categories', value: () => undefined },
  { name: 'filter: key events only', prop: 'keyOnly', value: () => true },
  { name: 'filter: all again (key)', prop: 'keyOnly', value: () => false },
  { name: 'select an event', prop: 'selected', value: selectId(0) },
  { name: 'select another event', prop: 'selected', value: selectId(1) },
  { name: 'clear the selection', prop: 'selected', value: () => undefined },
]);

/**
 * A different event for every run, spread over the story.
 * @param {number} offset
 * @returns {(data: { events: { id: string }[] }, run: number) => string}
 */
function selectId(offset) {
  return (data, run) => {
    const n = data.events.length;
    return data.events[Math.floor(((run * 2 + offset + 1) * n) / 37) % n].id;
  };
}

/** The layouts, each at the width a reader would see it. */
export const UPDATE_LAYOUTS = Object.freeze([
  { name: 'list', layout: 'vertical', width: PHONE },
  { name: 'drawing', layout: 'horizontal', width: DESKTOP },
]);

/**
 * Times every update `runs` times in each layout.
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {import('./server.mjs').BenchServer} options.server
 * @param {number} options.size
 * @param {number} options.runs
 * @param {readonly string[]} options.layouts names of UPDATE_LAYOUTS to run
 * @param {(line: string) => void} options.log
 * @returns {Promise<Record<string, Record<string, { ms: number, longTask: number, renders: string[] }[]> & { problems?: string[] }>>}
 */
export async function updateRuns({ browser, server, size, runs, layouts, log }) {
  const data = syntheticDataset(size);
  const url = server.page(`/updates/${size}.html`, bundlePage({ data, width: PHONE }));
  const results = {};
  for (const { name, layout, width } of UPDATE_LAYOUTS.filter((l) => layouts.includes(l.name))) {
    const bench = await openPage(browser, { width, origin: server.origin });
    /** @type {Record<string, { ms: number, longTask: number, renders: string[] }[]>} */
    const samples = Object.fromEntries(UPDATES.map((u) => [u.name, []]));
    try {
      await loadAndRender(bench, url, layout, width);
      for (let run = 0; run < runs; run++) {
        for (const update of UPDATES) {
          const value = update.value(data, run);
          const sample = await bench.page.evaluate(timeUpdate, {
            prop: update.prop,
            value,
            layout,
          });
          samples[update.name].push(sample);
          await sleep(50);
        }
        log(
          `  updates, ${name}, run ${run + 1}/${runs}: ${UPDATES.map((u) => Math.round(samples[u.name][run].ms)).join(' · ')} ms`,
        );
      }
    } catch (error) {
      bench.problems.push(String(error?.message ?? error));
    } finally {
      await bench.close();
    }
    results[name] = { ...samples, ...(bench.problems.length ? { problems: bench.problems } : {}) };
  }
  server.drop(`/updates/${size}.html`);
  return results;
}

/**
 * Loads the page and renders the element `layout` at `width` (not timed).
 * @param {import('./browser.mjs').BenchPage} bench
 * @param {string} url
 * @param {string} layout
 * @param {number} width
 */
async function loadAndRender(bench, url, layout, width) {
  await bench.page.goto(url, { waitUntil: 'domcontentloaded' });
  await bench.page.evaluate(
    async ({ layout, width }) => {
      const b = window.__bench;
      await customElements.whenDefined('news-timeline');
      b.watchLit('news-timeline', 'news-timeline-axis');
      const stage = document.getElementById('stage');
      stage.style.width = `${width}px`;
      const el = document.createElement('news-timeline');
      el.setAttribute('layout', layout);
      el.data = b.data();
      stage.append(el);
      await b.settle(
        () => b.updates.length,
        () => b.timelineReady(el, layout),
      );
    },
    { layout, width },
  );
}

/**
 * In the page: sets `el[prop] = value` and times it to the settled update, painted.
 * @param {{ prop: string, value: unknown, layout: string }} change
 */
async function timeUpdate({ prop, value, layout }) {
  const b = window.__bench;
  const el = document.querySelector('news-timeline');
  const tasks = b.longTasks.length;
  const updates = b.updates.length;
  const start = performance.now();
  el[prop] = value;
  const { settled } = await b.settle(
    () => b.updates.length,
    () => b.timelineReady(el, layout),
  );
  // Long tasks are reported a little late: give the observer a frame.
  await b.frame();
  const longest = b.longTasks.slice(tasks).filter((t) => t.start >= start - 1 && t.start < settled);
  const renders = b.updates.slice(updates).map((u) => `${u.tag} ${Math.round(u.end - u.start)}`);
  return { ms: settled - start, longTask: Math.max(0, ...longest.map((t) => t.duration)), renders };
}
