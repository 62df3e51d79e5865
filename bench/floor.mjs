// The floor: the same events as static HTML. Rather than hand-write markup that might be lighter
// or heavier than ours, the element renders the list once (not timed), and its shadow root's
// markup (Lit's comment markers removed) and its stylesheets are written out as one string: the
// very list a reader would see, with the same CSS (including `content-visibility` on long lists),
// as a server could send it. The static contender parses that string into a shadow root of a
// plain <div> carrying the element's attributes, so `:host` rules apply the same way.
import { openPage } from './browser.mjs';
import { bundlePage } from './pages.mjs';

/**
 * @typedef {object} Floor
 * @property {string} markup `<style>…</style>` and the list's markup
 * @property {Record<string, string>} attributes the element's attributes, for the host
 * @property {number} events how many events the markup has
 * @property {boolean} complete whether it has every event (a windowed list would not)
 */

/**
 * Renders `data` as a vertical list `width` px wide and serialises it.
 * @param {import('playwright-core').Browser} browser
 * @param {import('./server.mjs').BenchServer} server
 * @param {{ data: { events: unknown[] }, width: number }} options
 * @returns {Promise<Floor>}
 */
export async function serialiseFloor(browser, server, { data, width }) {
  const path = `/floor/${data.events.length}.html`;
  const url = server.page(path, bundlePage({ data, width }));
  const bench = await openPage(browser, { width, origin: server.origin });
  try {
    await bench.page.goto(url, { waitUntil: 'domcontentloaded' });
    const floor = await bench.page.evaluate(serialise);
    if (bench.problems.length) throw new Error(bench.problems.join('\n'));
    return { ...floor, complete: floor.events === data.events.length };
  } finally {
    await bench.close();
    server.drop(path);
  }
}

/** In the page: render the list, then write it out. */
async function serialise() {
  const bench = window.__bench;
  await customElements.whenDefined('news-timeline');
  const el = document.createElement('news-timeline');
  el.setAttribute('layout', 'vertical');
  el.data = bench.data();
  document.getElementById('stage').append(el);
  await bench.settle(
    () => 0,
    () => bench.timelineReady(el, 'vertical'),
  );
  const root = /** @type {ShadowRoot} */ (el.shadowRoot);
  const css = root.adoptedStyleSheets
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
    .join('\n');
  const markup = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  return {
    markup: `<style>${css}</style>${markup}`,
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    events: root.querySelectorAll('[part~="event"]').length,
  };
}
