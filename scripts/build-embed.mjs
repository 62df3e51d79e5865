// Part of `npm run build`, after rollup: writes the iframe page, dist/embed.html, with the
// bundled story's static fallback inside the element (so the page reads without JavaScript),
// and copies its style sheet. dist/embed.js (the page's script) is built by rollup.
import { copyFile, writeFile } from 'node:fs/promises';
import { renderEmbedPage, renderFallbackHtml } from '../dist/tools.js';
import { irsIce } from '../dist/datasets/irs-ice.js';

const dist = new URL('../dist/', import.meta.url);

await writeFile(
  new URL('embed.html', dist),
  renderEmbedPage({ title: irsIce.title, fallbackHtml: renderFallbackHtml(irsIce) }),
);
await copyFile(new URL('../src/embed/embed.css', import.meta.url), new URL('embed.css', dist));
