// The HTML of every page the bench opens. Each starts with the same inline instruments
// (probe.js), so that what differs between contenders is only what the contender needs.
import { readFileSync } from 'node:fs';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** The drop-in bundle, as an article loads it. */
export const BUNDLE = '/dist/news-timeline.bundle.js';
/** vis-timeline's standalone build: it has its dependencies and injects its own stylesheet. */
export const VIS = '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

/**
 * JSON that is safe inside a `<script>` element (no `</script>`, no `<!--`).
 * @param {unknown} value
 */
export const scriptJson = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

/**
 * A whole page: the instruments first, then `head`, then `body`.
 * @param {{ title: string, head?: string, body: string, style?: string }} parts
 */
export function shell({ title, head = '', body, style = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>${PROBE}</script>
<style>body { margin: 0; font-family: Georgia, 'DejaVu Serif', serif; } ${style}</style>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * The stage a contender renders into, and its data.
 * @param {number} width in px
 * @param {unknown} [data]
 */
function stage(width, data) {
  const json = data ? `<script type="application/json" id="data">${scriptJson(data)}</script>` : '';
  return `<div id="stage" style="width: ${width}px"></div>\n${json}`;
}

/**
 * `<news-timeline>` created by a module script once the bundle has loaded, with `data`.
 * @param {{ data: unknown, layout: 'vertical' | 'horizontal', width: number }} options
 */
export function elementPage({ data, layout, width }) {
  return shell({
    title: `news-timeline ${layout}`,
    head: `<script type="module" src="${BUNDLE}"></script>`,
    body: `${stage(width, data)}
<script type="module">window.__bench.element(${JSON.stringify(layout)});</script>`,
  });
}

/**
 * The floor: the element's own list markup and styles (serialised once by `floor.mjs`), parsed
 * into a shadow root by the page. No module, no data.
 * @param {{ floor: { markup: string, attributes: Record<string, string> }, width: number }} options
 */
export function staticPage({ floor, width }) {
  return shell({
    title: 'static HTML',
    body: `${stage(width)}
<script type="text/html" id="markup">${floor.markup}</script>
<script>window.__bench.staticHtml(${JSON.stringify(floor.attributes)});</script>`,
  });
}

/**
 * vis-timeline as its README shows it (a classic script in the head), fed the same events.
 * @param {{ data: unknown, width: number }} options
 */
export function visPage({ data, width }) {
  return shell({
    title: 'vis-timeline',
    head: `<script src="${VIS}"></script>`,
    body: `${stage(width, data)}
<script>window.__bench.vis();</script>`,
  });
}

/**
 * A page that only loads the bundle, for serialising the list (floor.mjs) and for updates.
 * @param {{ data?: unknown, width: number }} options
 */
export function bundlePage({ data, width }) {
  return shell({
    title: 'news-timeline',
    head: `<script type="module" src="${BUNDLE}"></script>`,
    body: stage(width, data),
  });
}

const PARAGRAPHS = [
  'The agreement was signed on a Monday, weeks after officials first said no such plan existed. ' +
    'By the end of the month it had become the subject of two lawsuits and a congressional letter.',
  'What follows is every step we could confirm, with the documents and reports behind each one. ' +
    'Dates are given as precisely as the record allows; where only the month is known, we say so.',
  'Lawyers for both sides expect the appeals court to rule before the end of the year. Until ' +
    'then, the data already shared stays with the agency that received it.',
  'This article will be updated as filings are made public. Corrections are noted at the end.',
];

/**
 * The space reservation of the README ("Readable without JavaScript"): where scripts run, the
 * fallback is shown in a box 56rem tall (scrollable, in case the script never comes) until the
 * element is defined; on a page wide enough for the drawing, the element keeps that height while
 * its drawing loads (56rem: the bundled story's drawing is about 54rem). A list (a phone) takes
 * its own height. Without scripts the fallback is shown whole.
 */
export const RESERVE_CSS = `
@media (scripting: enabled) {
  news-timeline:not(:defined) { display: block; height: 56rem; overflow: auto; }
}
@media (min-width: 760px) {
  news-timeline { display: block; min-height: 56rem; }
}`;

/**
 * A realistic article in which the drop-in `<news-timeline>` (bundled story, no attributes)
 * replaces its fallback paragraph, with the README's space reservation (`RESERVE_CSS`): the page
 * for bytes fetched, layout shift and longest task.
 * Its only JavaScript is the bundle (and whatever the bundle loads itself).
 * @param {'vertical' | 'horizontal'} layout what the element should choose at the page's width
 */
export function articlePage(layout) {
  const paragraphs = (list) => list.map((p) => `<p>${p}</p>`).join('\n');
  return shell({
    title: 'The IRS, ICE and taxpayer data: a timeline',
    style: `article { padding: 16px; max-width: 1248px; margin: 0 auto; line-height: 1.5; }
      article > p, article > h1, article > .byline { max-width: 40rem; }
      .byline { color: #555; font-size: 0.9rem; }
      ${RESERVE_CSS}`,
    head: `<script type="module" src="${BUNDLE}"></script>`,
    body: `<article>
<h1>The IRS, ICE and taxpayer data: how the agreement unfolded</h1>
<p class="byline">By A. Reporter · Updated 8 June 2026</p>
${paragraphs(PARAGRAPHS.slice(0, 2))}
<news-timeline>
  <p>A timeline of the IRS–ICE data-sharing story appears here.</p>
</news-timeline>
${paragraphs(PARAGRAPHS.slice(2))}
</article>
<script>window.__bench.article(${JSON.stringify(layout)});</script>`,
  });
}
