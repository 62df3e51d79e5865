/**
 * The iframe page as text: `dist/embed.html` (written by the build with the bundled story's
 * fallback) and the page of an embed kit (`npx news-timeline embed`, with its data inlined) are
 * both made here. Pure; no DOM; runs in Node.
 */
import type { TimelineDataset } from '../data/types.js';
import { escapeHtml } from '../fallback/html.js';
import { ALLOWED_ORIGINS_META, BOOLEAN_ATTRIBUTES, EMBED_ATTRIBUTES } from './config.js';

/** What goes into the page. */
export interface EmbedPageOptions {
  /** The page's `<title>` (the story's title). */
  title: string;
  /** The static story inside the element (`renderFallbackHtml`), for readers without JavaScript. */
  fallbackHtml: string;
  /** Data to inline as `<script type="application/json">` inside the element; none: the bundle's story. */
  data?: TimelineDataset;
  /**
   * Attributes of the element (names of `EMBED_ATTRIBUTES`; `true` for a boolean that is on).
   * The query string can still change them.
   */
  attributes?: Readonly<Record<string, string | boolean | undefined>>;
  /** Other origins `?src=` may point to (the page's own is always allowed). */
  allowedOrigins?: readonly string[];
  /** The address of the page's `oembed.json`, for oEmbed discovery (absolute, for consumers). */
  oembedUrl?: string;
  /** The `lang` of the page. Default `en`. */
  lang?: string;
}

/**
 * JSON for a `<script type="application/json">`: `<` is written `\u003c`, so that no `</script>`
 * or `<!--` in the data can end the script early. Still the same JSON to `JSON.parse`.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

/** ` name="value"` for each attribute the element knows; booleans as bare names. */
function attributeText(attributes: EmbedPageOptions['attributes'] = {}): string {
  let text = '';
  for (const name of EMBED_ATTRIBUTES) {
    const value = attributes[name];
    if (value === undefined || value === false) continue;
    if (BOOLEAN_ATTRIBUTES.includes(name)) text += value ? ` ${name}` : '';
    else text += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return text;
}

/**
 * The whole page: the element with its fallback (and its data, when given), the allow-list
 * `<meta>` (edit its `content` to let `?src=` load from other sites), the sizing `<meta>`, the
 * oEmbed discovery link, `<base target="_blank">` (every link opens a new top-level tab, never
 * inside the frame), and no inline script or style: `embed.js`, `embed.css` and the bundle are
 * files beside it, so the page runs under `default-src 'self'`.
 */
export function renderEmbedPage(options: EmbedPageOptions): string {
  const title = escapeHtml(options.title);
  const allowed = escapeHtml((options.allowedOrigins ?? []).join(' '));
  const oembed = options.oembedUrl
    ? `\n    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(options.oembedUrl)}" title="${title}" />`
    : '';
  const data = options.data
    ? `\n      <script type="application/json">${inlineJson(options.data)}</script>`
    : '';
  const fallback = options.fallbackHtml.trim().replace(/\n/g, '\n      ');
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <!-- This page sizes its frame to its content (Pym.js, amp-iframe, WordPress oEmbed). -->
    <meta name="responsive-embedded-sizing" content="" />
    <!--
      ?src= may load data from this page's own site, and from the sites listed here, separated
      by spaces: content="https://data.example.org https://cdn.example.net". No wildcards.
    -->
    <meta name="${ALLOWED_ORIGINS_META}" content="${allowed}" />
    <base target="_blank" />${oembed}
    <link rel="stylesheet" href="./embed.css" />
    <link rel="modulepreload" href="./news-timeline.bundle.js" />
    <script type="module" src="./embed.js"></script>
  </head>
  <body>
    <news-timeline${attributeText(options.attributes)}>${data}
      ${fallback}
    </news-timeline>
  </body>
</html>
`;
}
