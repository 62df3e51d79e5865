// npm run bench: the self-contained bundle's size against its budget, and the time to render the
// bundled dataset in headless Chromium next to the time to render the same markup as static HTML
// (the floor). Figures only; tests never assert on time.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome, serveRepository } from '../scripts/chromium.mjs';

const root = new URL('..', import.meta.url);
const BUDGET_GZIP = 24 * 1024;
const RUNS = Number(process.env.BENCH_RUNS || 40);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function sizes(path) {
  const buf = readFileSync(new URL(path, root));
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

console.log('news-timeline bench\n');
console.log('Size (minified)          raw        gzip      brotli');
const bundle = sizes('dist/news-timeline.bundle.js');
const esm = sizes('dist/index.js');
const row = (name, s) =>
  console.log(
    `${name.padEnd(22)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(11)} ${kb(s.brotli).padStart(11)}`,
  );
row('bundle (all inside)', bundle);
row('ESM (lit, d3 external)', esm);
const overBudget = bundle.gzip > BUDGET_GZIP;
console.log(
  `budget: bundle ≤ ${kb(BUDGET_GZIP)} gzip → ${overBudget ? 'OVER' : 'within'} (${kb(bundle.gzip)})\n`,
);

const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROMIUM_FLAGS] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
// The page and the bundle come from disk; nothing leaves the machine.
await serveRepository(page, 'http://bench.local', {
  '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
    <script type="module" src="/dist/news-timeline.bundle.js"></script></head>
    <body style="font-family: Georgia, serif"><div id="stage" style="width: 760px"></div></body></html>`,
});
await page.goto('http://bench.local/');
await page.waitForFunction(() => customElements.get('news-timeline'));

const result = await page.evaluate(async (runs) => {
  const stage = document.getElementById('stage');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

  /** Renders one element and waits for it (and its drawing) to update and lay out. */
  async function renderElement(attrs = {}, width = '760px', data) {
    stage.style.width = width;
    const t0 = performance.now();
    const el = document.createElement('news-timeline');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (data) el.data = data;
    stage.append(el);
    await el.updateComplete;
    const axis = el.shadowRoot.querySelector('news-timeline-axis');
    if (axis) await axis.updateComplete;
    void el.offsetHeight; // style and layout
    const t = performance.now() - t0;
    return { el, t };
  }

  // The floor: the element's own list markup and styles, written once as static HTML.
  const { el: sample } = await renderElement({ layout: 'vertical' });
  const markup = sample.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  const sheets = sample.shadowRoot.adoptedStyleSheets;
  const events = sample.shadowRoot.querySelectorAll('[part~="event"]').length;
  sample.remove();

  const vertical = [];
  const horizontal = [];
  const staticHtml = [];
  for (let i = 0; i < runs; i++) {
    await frame();
    const v = await renderElement({ layout: 'vertical' });
    vertical.push(v.t);
    v.el.remove();
    await frame();
    const h = await renderElement({ layout: 'horizontal' }, '1280px');
    horizontal.push(h.t);
    h.el.remove();
    await frame();
    stage.style.width = '760px';
    const t0 = performance.now();
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = sheets;
    shadow.innerHTML = markup;
    stage.append(host);
    void host.offsetHeight;
    staticHtml.push(performance.now() - t0);
    host.remove();
  }

  // A big timeline: 10,000 generated events through the data property (so validated too).
  const big = {
    id: 'big',
    title: 'Ten thousand events',
    description: '',
    updated: '2024-01-01',
    categories: [
      { id: 'one', label: 'One' },
      { id: 'two', label: 'Two' },
    ],
    events: Array.from({ length: 10000 }, (_, i) => ({
      id: `event-${i}`,
      date: new Date(Date.UTC(1990, 0, 1) + i * 86400000).toISOString().slice(0, 10),
      precision: 'day',
      title: `Event number ${i}`,
      summary: 'Something happened on this day, in one plain sentence.',
      category: i % 3 ? 'one' : 'two',
      key: i % 97 === 0,
      sources: [{ publisher: 'Gazette', url: `https://example.org/${i}` }],
    })),
  };
  const bigRuns = [];
  for (const [layout, width] of [
    ['vertical', '760px'],
    ['horizontal', '1280px'],
  ]) {
    await frame();
    const t0 = performance.now();
    const { el, t } = await renderElement({ layout }, width, big);
    await frame();
    await frame();
    bigRuns.push({ layout, updated: t, painted: performance.now() - t0 });
    el.remove();
  }

  return {
    events,
    vertical: { median: median(vertical), p90: p90(vertical) },
    horizontal: { median: median(horizontal), p90: p90(horizontal) },
    staticHtml: { median: median(staticHtml), p90: p90(staticHtml) },
    big: bigRuns,
  };
}, RUNS);

await browser.close();
const ms = (n) => `${n.toFixed(2)} ms`;
const pair = (x) => `${ms(x.median)} / ${ms(x.p90)}`;
const ratio = (x) => `${(x.median / result.staticHtml.median).toFixed(2)}×`;
console.log(`Render of the bundled dataset (${result.events} events), ${RUNS} runs, median / p90`);
console.log(`  static HTML (the floor), 760 px     ${pair(result.staticHtml)}`);
console.log(
  `  <news-timeline> list, 760 px        ${pair(result.vertical)}   ${ratio(result.vertical)} the floor`,
);
console.log(
  `  <news-timeline> drawing, 1,280 px   ${pair(result.horizontal)}   ${ratio(result.horizontal)} the floor`,
);
console.log('10,000 events through the data property (validated), one run each');
for (const b of result.big) {
  console.log(`  ${b.layout.padEnd(10)} updated in ${ms(b.updated)}, painted by ${ms(b.painted)}`);
}
if (errors.length) {
  console.error(`\nerrors in the page:\n${errors.join('\n')}`);
  process.exitCode = 1;
}
if (overBudget) {
  console.error('\nthe bundle is over its size budget');
  process.exitCode = 1;
}
