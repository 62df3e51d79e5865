// `npx news-timeline embed`: the folder it writes (the iframe page with the data inlined and the
// static story, the bundle and the page's files, oembed.json with the oEmbed discovery link),
// the snippet it prints, and the page working in Chromium. Needs `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (...args) =>
  promisify(execFile)(process.execPath, ['bin/news-timeline.mjs', ...args], { cwd: root });
const story = JSON.parse(readFileSync(new URL('fixtures/data/events.json', import.meta.url)));

describe('npx news-timeline embed story.json --out folder/', () => {
  let out;
  let printed;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'nt-kit-'));
    printed = await cli(
      'embed',
      'test/fixtures/data/events.json',
      '--out',
      out,
      '--url',
      'https://graphics.example.org/bridge',
      '--allow-origin',
      'https://data.example.org',
      '--layout',
      'vertical',
      '--provider-name',
      'The Gazette',
    );
  });
  after(() => rm(out, { recursive: true, force: true }));

  it('writes the page, the bundle, the parts it loads beside it, and oembed.json', async () => {
    const files = (await readdir(out)).sort();
    const parts = files.filter((f) => /^news-timeline\.(?!bundle\.js$)/.test(f));
    assert.deepEqual(
      files.filter((f) => !parts.includes(f)),
      ['embed.css', 'embed.js', 'index.html', 'news-timeline.bundle.js', 'oembed.json'],
    );
    // Every part the bundle imports is there (a missing one would break the drawing), and the
    // single-file build is not.
    const bundle = readFileSync(join(out, 'news-timeline.bundle.js'), 'utf8');
    const imported = [...bundle.matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => m[1]);
    assert.ok(
      imported.some((f) => f.startsWith('news-timeline.drawing.')),
      'the drawing is a part',
    );
    for (const file of imported) assert.ok(parts.includes(file), `${file} is in the kit`);
    assert.ok(!parts.includes('news-timeline.single.js'));
    const oembed = JSON.parse(readFileSync(join(out, 'oembed.json'), 'utf8'));
    assert.deepEqual(Object.keys(oembed), [
      'version',
      'type',
      'title',
      'provider_name',
      'html',
      'width',
      'height',
    ]);
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.title, story.title);
    assert.equal(oembed.html, printed.stdout.trim());
  });

  it('prints the iframe snippet, with the page’s public address', () => {
    assert.match(
      printed.stdout,
      /^<iframe src="https:\/\/graphics\.example\.org\/bridge\/index\.html" title="The harbor bridge, from plan to opening" width="100%" height="640"/,
    );
    assert.match(printed.stderr, /pym\.Parent/);
  });

  it('inlines the data and the static story in the element, with discovery link and allow-list', () => {
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(
      page,
      /<link rel="alternate" type="application\/json\+oembed" href="https:\/\/graphics\.example\.org\/bridge\/oembed\.json"/,
    );
    assert.match(
      page,
      /<meta name="news-timeline-allowed-origins" content="https:\/\/data\.example\.org"/,
    );
    assert.match(page, /<news-timeline layout="vertical">\s*<script type="application\/json">/);
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(page)[1];
    assert.deepEqual(
      JSON.parse(json).events.map((e) => e.id),
      story.events.map((e) => e.id),
    );
    for (const e of story.events) assert.ok(page.includes(`<h3>${e.title}</h3>`), e.title);
    assert.doesNotMatch(page, /<script>|<style|style="/);
  });

  it('shows the inlined data in a browser, and the query still configures it', async () => {
    const browser = await chromium.launch({
      executablePath: findChrome(),
      args: [...CHROMIUM_FLAGS],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
      await page.route('http://kit.test/**', (route) => {
        const file = join(out, new URL(route.request().url()).pathname);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
        const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
        return route.fulfill({
          contentType: type[extname(file)] ?? 'application/json',
          body: readFileSync(file),
        });
      });
      await page.goto('http://kit.test/index.html?order=newest-first');
      const ids = await page.waitForFunction(() => {
        const events = document
          .querySelector('news-timeline')
          ?.shadowRoot?.querySelectorAll('[part~="event"]');
        return events?.length ? [...events].map((e) => e.dataset.id) : null;
      });
      assert.deepEqual(await ids.jsonValue(), story.events.map((e) => e.id).reverse());
    } finally {
      await browser.close();
    }
  });

  it('refuses to run without --out, and says why', async () => {
    const error = await cli('embed', 'test/fixtures/data/events.json').catch((e) => e);
    assert.equal(error.code, 2);
    assert.match(error.stderr, /--out/);
  });
});
