/**
 * Events with images, as a reader gets them: nothing fetched until the event nears the viewport
 * (resource timing), a box of the image's shape kept before it arrives so nothing below moves
 * (positions before and after, and a layout-shift observer), the alt text and credit in place of
 * an image that failed, caption and credit as text, and relative addresses resolved against the
 * data file or the page. Images are served by the test server (test/fixtures/media/); slow ones
 * through /__slow/<ms>/…, missing ones through /__status/404.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cdp, pageWidth } from './helpers/runner.js';
import '../src/bundle.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { TimelineDataset, TimelineEvent, TimelineMedia } from '../src/data/types.js';

let run = 0;
/** A query that makes an address unique to one test, so no cache answers for it. */
const fresh = () => `?t=${Date.now()}-${run++}`;

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

function story(events: Partial<TimelineEvent>[]): TimelineDataset {
  return {
    id: 'images',
    title: 'Images',
    description: '',
    updated: '',
    categories: [],
    events: events.map((e, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
      precision: 'day',
      title: `Event ${i}`,
      summary: 'Something happened.',
      category: '',
      sources: [{ publisher: 'Gazette' }],
      ...e,
    })),
  };
}

async function open(data: TimelineDataset, attrs = 'layout="vertical"'): Promise<NewsTimeline> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  wrapper.innerHTML = `<news-timeline ${attrs}></news-timeline>`;
  const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
  el.data = data;
  await el.updateComplete;
  await frames();
  return el;
}

const root = (el: NewsTimeline) => el.shadowRoot!;
const event = (el: NewsTimeline, id: string) =>
  root(el).querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`)!;
const requested = (url: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(url));
const loaded = (img: HTMLImageElement) => img.complete && img.naturalWidth > 0;

describe('<news-timeline> images', () => {
  // The viewport in Chromium; a column 800 px wide everywhere (WebDriver cannot set it).
  before(async () => {
    if (cdp) await setViewport({ width: 800, height: 600 });
  });
  pageWidth(800);

  it('shows an image as a figure: a lazy, async img with its alt text, caption and credit as text', async () => {
    const media: TimelineMedia = {
      url: `/test/fixtures/media/wide.png${fresh()}`,
      alt: 'A bridge over a harbor',
      caption: 'Opening night.',
      credit: 'Jane Doe',
      width: 320,
      height: 160,
    };
    const el = await open(story([{ media }]));
    const figure = event(el, 'e0').querySelector('figure[part="media"]')!;
    const img = figure.querySelector<HTMLImageElement>('img[part="image"]')!;
    expect(img.getAttribute('alt')).to.equal('A bridge over a harbor');
    expect([img.loading, img.decoding]).to.deep.equal(['lazy', 'async']);
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['320', '160']);
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Opening night. Jane Doe');
    await waitUntil(() => loaded(img), 'the image loads', { timeout: 5000 });
    // Its box keeps the image's shape, 2:1, at the width of the column.
    const box = img.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(2, 0.02);
  });

  it('gives a decorative image empty alt text', async () => {
    const media = { url: '/test/fixtures/media/tall.png', alt: '', decorative: true };
    const el = await open(story([{ media }]));
    expect(event(el, 'e0').querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('fetches nothing until the event nears the viewport (loading="lazy")', async () => {
    const first = `/test/fixtures/media/wide.png${fresh()}`;
    const last = `/test/fixtures/media/tall.png${fresh()}`;
    const long = 'A long summary that takes room.\n'.repeat(12);
    const events: Partial<TimelineEvent>[] = Array.from({ length: 40 }, () => ({ summary: long }));
    events[0].media = { url: first, alt: 'First' };
    events[39].media = { url: last, alt: 'Last' };
    const el = await open(story(events));
    const lastEvent = event(el, 'e39');
    expect(lastEvent.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight + 5000);
    await waitUntil(() => requested(first), 'the first image is requested', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(requested(last), 'the last image, far below, is not requested').to.equal(false);
    lastEvent.scrollIntoView();
    await waitUntil(() => requested(last), 'the last image is requested once near', {
      timeout: 5000,
    });
    window.scrollTo(0, 0);
  });

  for (const sized of [true, false]) {
    it(`moves nothing below the image when it arrives (${sized ? 'width and height' : 'no size: a 3:2 box'})`, async () => {
      const url = `/__slow/700/test/fixtures/media/wide.png${fresh()}`;
      const media: TimelineMedia = sized
        ? { url, alt: 'A bridge', width: 320, height: 160 }
        : { url, alt: 'A bridge' };
      const el = await open(story([{ media }, {}]));
      const img = event(el, 'e0').querySelector('img')!;
      const summary = event(el, 'e0').querySelector('[part="summary"]')!;
      const next = event(el, 'e1');
      expect(loaded(img), 'not loaded yet').to.equal(false);
      const before = [summary, next, img].map((n) => n.getBoundingClientRect().top);
      expect(img.getBoundingClientRect().height).to.be.greaterThan(100);
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as PerformanceEntry & { value: number }).value);
      });
      observer.observe({ type: 'layout-shift' });
      await waitUntil(() => loaded(img), 'the image loads', { timeout: 5000 });
      await frames();
      observer.disconnect();
      const after = [summary, next, img].map((n) => n.getBoundingClientRect().top);
      expect(after).to.deep.equal(before);
      expect(shifts, 'layout shifts while the image loaded').to.deep.equal([]);
    });
  }

  it('shows the alt text and credit of an image that failed, not a broken icon', async () => {
    const media = {
      url: `/__status/404${fresh()}`,
      alt: 'A bridge over a harbor',
      credit: 'Jane Doe',
      width: 320,
      height: 160,
    };
    const el = await open(story([{ media }]));
    const figure = event(el, 'e0').querySelector('[part="media"]')!;
    await waitUntil(() => !figure.querySelector('img'), 'the image is replaced', { timeout: 5000 });
    const fallback = figure.querySelector<HTMLElement>('[part="image-fallback"]')!;
    expect(fallback.textContent).to.contain('A bridge over a harbor');
    expect(figure.querySelector('figcaption')!.textContent).to.contain('Jane Doe');
    // The same box as the image would have had: 2:1 at the column's width.
    const box = fallback.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(2, 0.05);
  });

  it('resolves a relative address against the file src loaded, and inline data against the page', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline layout="vertical" src="/test/fixtures/media/story.json"></news-timeline>`,
    );
    await waitUntil(() => root(el).querySelector('img'), 'the image is shown', { timeout: 5000 });
    expect(root(el).querySelector('img')!.src).to.equal(
      new URL('/test/fixtures/media/wide.png', location.href).href,
    );
    const page = await open(story([{ media: { url: 'test/fixtures/media/tall.png', alt: 'A' } }]));
    expect(root(page).querySelector('img')!.src).to.equal(
      new URL('test/fixtures/media/tall.png', document.baseURI).href,
    );
  });

  it('shows the image in the card of the horizontal layout too', async () => {
    const media = {
      url: '/test/fixtures/media/wide.png',
      alt: 'A bridge',
      width: 320,
      height: 160,
    };
    const el = await open(story([{ media }, {}]), 'layout="horizontal" selected="e0"');
    const card = root(el).querySelector('[part="card"]')!;
    expect(card.querySelector('figure img')!.getAttribute('alt')).to.equal('A bridge');
  });
});

describe('<news-timeline> images with hostile data', () => {
  const VECTORS = [
    'javascript:window.__pwned=1',
    'JaVaScRiPt:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
    'x"onerror="window.__pwned=1',
    "x'onerror='window.__pwned=1",
    '<img src=x onerror=window.__pwned=1>',
    '"><script>window.__pwned=1</script>',
    '//example.invalid/x.png',
    '\\\\example.invalid/x.png',
    'https:javascript:alert(1)',
    '${window.__pwned=1}',
  ];
  const FIELDS = ['url', 'alt', 'caption', 'credit'] as const;
  afterEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });

  for (const field of FIELDS) {
    it(`runs nothing and loads nothing but http(s) from hostile text in media.${field}`, async () => {
      for (const vector of VECTORS) {
        const media = {
          url: '/test/fixtures/media/wide.png',
          alt: 'Alt',
          caption: 'Caption',
          credit: 'Credit',
          [field]: vector,
        };
        const el = await open(story([{ media }]));
        await new Promise((r) => setTimeout(r, 30));
        expect((window as { __pwned?: unknown }).__pwned, vector).to.equal(undefined);
        const nodes = [...root(el).querySelectorAll('*')];
        for (const node of nodes) {
          for (const attr of node.attributes) expect(attr.name, vector).not.to.match(/^on/i);
          expect(['script', 'svg', 'iframe', 'object', 'embed'], vector).not.to.include(
            node.localName,
          );
        }
        const img = root(el).querySelector('img');
        if (img) expect(new URL(img.src).origin, vector).to.equal(location.origin);
        if (field !== 'url' && field !== 'alt') {
          expect(root(el).querySelector('figcaption')!.textContent, vector).to.contain(vector);
        }
        if (field === 'alt' && img) expect(img.getAttribute('alt'), vector).to.equal(vector);
      }
    });
  }
});
