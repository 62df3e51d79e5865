// Cumulative Layout Shift when <news-timeline> replaces its static fallback (the output of
// `npx news-timeline html` pasted inside it), on an article page whose bundle arrives late
// enough that the fallback is painted first: the worst case, a reader on a slow connection.
// Standalone (`node bench/cls.mjs`, after `npm run build`); `bench/run.mjs` can import
// `measureCls` and print its rows. Figures only; no test asserts on them.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome, serveRepository } from '../scripts/chromium.mjs';
import { renderFallbackHtml } from '../dist/tools.js';
import { irsIce } from '../dist/datasets/irs-ice.js';
import { RESERVE_CSS } from './pages.mjs';

export { RESERVE_CSS };

const LOREM =
  'The agency said the change would take effect next month. Critics said the details were ' +
  'still unclear, and several groups asked the court to look at the agreement again.';

/** The article: a headline, a paragraph, the timeline with its fallback, more paragraphs. */
function article(style) {
  const paragraphs = (n) => Array.from({ length: n }, () => `<p>${LOREM}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>CLS</title>
    ${style ? `<link rel="stylesheet" href="/article.css">` : ''}
    <script type="module" src="/dist/news-timeline.bundle.js"></script></head>
    <body style="font: 18px/1.5 Georgia, serif; max-width: 760px; margin: 0 auto; padding: 0 16px">
    <h1>What the IRS shares with ICE</h1>${paragraphs(1)}
    <news-timeline>${renderFallbackHtml(irsIce)}</news-timeline>
    ${paragraphs(8)}</body></html>`;
}

/**
 * Loads the article at `width`×`height` with the bundle held back `delay` ms, and returns the
 * CLS (the sum of layout shifts without recent input; one load is one session window) once the
 * element has rendered and settled, with the element's and its fallback's heights.
 *
 * @param {{ width: number, height: number, delay?: number, css?: string }} options `css`: a
 *   style sheet for the article (the space reservation being measured).
 * @returns {Promise<{ cls: number, fallbackHeight: number, elementHeight: number }>}
 */
export async function measureCls({ width, height, delay = 800, css }) {
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    await serveRepository(page, 'http://cls.local', { '/': article(css) });
    await page.route('http://cls.local/article.css', (route) =>
      route.fulfill({ contentType: 'text/css', body: css ?? '' }),
    );
    await page.route('http://cls.local/dist/news-timeline.bundle.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return route.fallback();
    });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Not waiting for `load`: it waits for the module, and the fallback is measured before it.
    await page.goto('http://cls.local/', { waitUntil: 'commit' });
    const fallback = await page.waitForFunction(() => {
      const el = document.querySelector('news-timeline');
      return el && document.body.lastElementChild !== el && !customElements.get('news-timeline')
        ? el.getBoundingClientRect().height
        : null;
    });
    const fallbackHeight = await fallback.jsonValue();
    await page.waitForFunction(() => customElements.get('news-timeline'));
    await page.waitForFunction(() =>
      document
        .querySelector('news-timeline')
        .shadowRoot?.querySelector('[part~="event"], [part~="plot"]'),
    );
    await page.waitForTimeout(1000);
    return await page.evaluate(
      (fallbackHeight) => ({
        cls: Math.round(window.__cls * 10000) / 10000,
        fallbackHeight: Math.round(fallbackHeight),
        elementHeight: Math.round(
          document.querySelector('news-timeline').getBoundingClientRect().height,
        ),
      }),
      fallbackHeight,
    );
  } finally {
    await browser.close();
  }
}

/** The viewports measured: a phone (the list), desktops (the drawing), one tall. */
export const VIEWPORTS = [
  { name: 'phone 375×812 (list)', width: 375, height: 812 },
  { name: 'desktop 1280×800 (drawing)', width: 1280, height: 800 },
  { name: 'desktop 1280×1400 (drawing)', width: 1280, height: 1400 },
];

/**
 * Every viewport, without and with the README's reservation.
 * @returns {Promise<{ viewport: string, reserved: boolean, cls: number, fallbackHeight: number,
 *   elementHeight: number }[]>}
 */
export async function clsRuns() {
  const rows = [];
  for (const reserved of [false, true]) {
    for (const v of VIEWPORTS) {
      const r = await measureCls({ ...v, css: reserved ? RESERVE_CSS : undefined });
      rows.push({ viewport: v.name, reserved, ...r });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('CLS when <news-timeline> replaces its fallback (bundle 800 ms late)');
  for (const [label, css] of [
    ['no reservation', undefined],
    ['with the README reservation', RESERVE_CSS],
  ]) {
    console.log(`  ${label}`);
    for (const v of VIEWPORTS) {
      const r = await measureCls({ ...v, css });
      console.log(
        `    ${v.name.padEnd(28)} CLS ${r.cls.toFixed(4)}   before ${r.fallbackHeight} px → after ${r.elementHeight} px`,
      );
    }
  }
}
