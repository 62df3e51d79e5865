// `npx news-timeline html` end to end: its output pasted inside <news-timeline> on a page with
// the bundle. With JavaScript off (Playwright's javaScriptEnabled: false) the page shows every
// event of the story; with it on, the element shows its own rendering and Chromium's
// accessibility tree holds each headline once (the children are not rendered, so not read).
// Needs `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome, serveRepository } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (...args) =>
  promisify(execFile)(process.execPath, ['bin/news-timeline.mjs', ...args], { cwd: root });
const { irsIce } = await import('../dist/datasets/irs-ice.js');

describe('npx news-timeline html', () => {
  it('prints the bundled story as HTML, one list item per event', async () => {
    const { stdout, stderr } = await cli('html');
    assert.equal(stderr, '');
    assert.match(stdout, /^<section class="nt-fallback">/);
    assert.equal(stdout.match(/<li>\n/g)?.length, irsIce.events.length);
    assert.doesNotMatch(stdout, /<script|<style| on\w+=/i);
  });

  it('reads a JSON file and takes --key-only, --heading and --locale', async () => {
    const { stdout } = await cli(
      'html',
      'test/fixtures/data/events.json',
      '--key-only',
      '--heading',
      'Bridge <key> events',
      '--locale',
      'es',
    );
    assert.match(stdout, /<h2>Bridge &lt;key&gt; events<\/h2>/);
    assert.match(stdout, /de \d{4}<\/time>/);
  });

  it('tells the story and the interface in Spanish with --locale es (the story’s translation)', async () => {
    const { irsIceEs } = await import('../dist/datasets/irs-ice.js');
    const { stdout } = await cli('html', '--locale', 'es');
    assert.match(stdout, new RegExp(`<h2>${irsIceEs.title}</h2>`));
    const first = irsIce.events[0];
    const title = irsIceEs.events[first.id].title.replaceAll("'", '&#39;');
    assert.ok(stdout.includes(`<h3>${title}</h3>`), title);
    assert.match(stdout, /<p>Fuentes<\/p>/);
    assert.doesNotMatch(stdout, /<p>Sources<\/p>/);
  });

  it('reads a TimelineJS sheet as the element does (imported, then checked)', async () => {
    const { stdout, stderr } = await cli('html', 'test/fixtures/timelinejs/template.csv');
    assert.match(stdout, /<h2>Sample data: the Harbor Bridge/);
    assert.match(stdout, /No source listed/);
    assert.match(stderr, /no source listed/);
  });

  it('reads a CSV sheet, and says what is wrong with a file it cannot use', async () => {
    const { stdout } = await cli('html', 'test/fixtures/data/events.csv');
    assert.match(stdout, /<ol>/);
    const missing = await cli('html', 'no/such/file.json').catch((error) => error);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read no\/such\/file\.json: no such file/);
    const usage = await cli('html', '--sideways').catch((error) => error);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: npx news-timeline html /);
    // An option value that cannot be used is a mistake too: exit 2, nothing printed.
    const order = await cli('html', '--order', 'sideways').catch((error) => error);
    assert.equal(order.code, 2);
    assert.equal(order.stdout, '');
    assert.match(order.stderr, /--order "sideways"/);
  });
});

describe('a page with `news-timeline html` output inside the element', () => {
  let browser;
  let fallback;
  before(async () => {
    fallback = (await cli('html')).stdout;
    browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROMIUM_FLAGS] });
  });
  after(() => browser?.close());

  const page = async (javaScriptEnabled) => {
    const context = await browser.newContext({
      javaScriptEnabled,
      viewport: { width: 700, height: 900 },
    });
    const p = await context.newPage();
    await serveRepository(p, 'http://article.test', {
      '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
        <script type="module" src="/dist/news-timeline.bundle.js"></script></head>
        <body><h1>An article</h1><news-timeline>${fallback}</news-timeline><p>The end.</p></body></html>`,
    });
    await p.goto('http://article.test/');
    return p;
  };

  it('shows every event of the story with JavaScript off', async () => {
    const p = await page(false);
    const titles = await p.locator('news-timeline li > h3').allInnerTexts();
    assert.deepEqual(
      titles,
      irsIce.events.map((e) => e.title),
    );
    for (const title of await p.locator('news-timeline li > h3').all()) {
      assert.ok(await title.isVisible());
    }
    const links = await p.locator('news-timeline a[href]').count();
    assert.ok(links >= irsIce.events.length);
    await p.context().close();
  });

  it('with JavaScript on, shows the element and reads each headline once', async () => {
    const p = await page(true);
    await p.waitForFunction(() =>
      document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
    );
    assert.equal(await p.locator('news-timeline section.nt-fallback').isVisible(), false);
    const cdp = await p.context().newCDPSession(p);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const texts = nodes
      .filter((n) => !n.ignored && n.role?.value === 'StaticText')
      .map((n) => n.name?.value ?? '');
    for (const e of irsIce.events) {
      assert.equal(texts.filter((t) => t === e.title).length, 1, e.title);
    }
    // The fallback's own heading is not read either: the element's heading is the only one.
    const headings = nodes.filter(
      (n) => !n.ignored && n.role?.value === 'heading' && n.name?.value === irsIce.title,
    );
    assert.equal(headings.length, 1);
    await p.context().close();
  });
});
