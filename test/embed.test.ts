/**
 * The published file, used the way an article uses it: a page holding only
 * `<script type="module" src=".../news-timeline.bundle.js">` and `<news-timeline>`.
 * Runs against `dist/`, so `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import { irsIce, irsIceEs } from '../src/datasets/irs-ice.js';

/** Loads a page in a frame `width` px wide (700: the list; wider: the drawing). */
async function load(src: string, width = 700): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('news-timeline');
  const el = frame.contentDocument!.querySelector('news-timeline') as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
  await el.updateComplete;
  return frame;
}

describe('dist/news-timeline.bundle.js in an article', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await load('/test/fixtures/embed.html');
  });
  after(() => frame.remove());

  it('shows every event of the bundled dataset, in order', () => {
    const root = frame.contentDocument!.querySelector('news-timeline')!.shadowRoot!;
    const ids = [...root.querySelectorAll<HTMLElement>('[part~="event"]')].map((e) => e.dataset.id);
    expect(ids).to.deep.equal(irsIce.events.map((e) => e.id));
    const first = root.querySelector('[part~="event"] [part="title"]')!;
    expect(first.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  /** A path with a bundle part's hash written `<hash>` (`news-timeline.drawing.<hash>.js`). */
  const unhashed = (u: URL) =>
    u.pathname.replace(/^(\/dist\/news-timeline\.\w[\w-]*)\.[\w-]+\.js$/, '$1.<hash>.js');

  /** The paths a frame's page fetched, the test server's own socket left out. */
  const fetched = (f: HTMLIFrameElement) =>
    (f.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((r) => new URL(r.name))
      // The test server injects its own live-reload socket into every HTML page it serves.
      .filter((url) => !url.pathname.startsWith('/__web-dev-server'));

  it('draws every event to scale on a wide page, with the drawing fetched from beside the bundle', async () => {
    const wide = await load('/test/fixtures/embed.html', 1100);
    try {
      const el = wide.contentDocument!.querySelector('news-timeline')!;
      const axis = el.shadowRoot!.querySelector('news-timeline-axis')!;
      const markers = [...axis.shadowRoot!.querySelectorAll<HTMLElement>('[part~="marker"]')];
      expect(markers.map((m) => m.dataset.id)).to.have.members(irsIce.events.map((e) => e.id));
      const urls = fetched(wide);
      expect(urls.every((u) => u.origin === location.origin)).to.equal(true);
      expect(urls.map(unhashed)).to.deep.equal([
        '/dist/news-timeline.bundle.js',
        '/dist/news-timeline.drawing.<hash>.js',
      ]);
    } finally {
      wide.remove();
    }
  });

  it('fetches the bundle alone for the list: no drawing, no data tools, no other host', () => {
    expect(fetched(frame).map((u) => u.href)).to.deep.equal([
      new URL('/dist/news-timeline.bundle.js', location.href).href,
    ]);
  });

  it('shows the list, and says why, when the drawing was not copied beside the bundle', async () => {
    const wide = await load('/__without-parts/test/fixtures/embed-log.html', 1100);
    try {
      const root = wide.contentDocument!.querySelector('news-timeline')!.shadowRoot!;
      expect(root.querySelector('news-timeline-axis')).to.equal(null);
      const ids = [...root.querySelectorAll<HTMLElement>('ol [part~="event"]')].map(
        (e) => e.dataset.id,
      );
      expect(ids).to.deep.equal(irsIce.events.map((e) => e.id));
      const problems = (
        wide.contentWindow as Window & { ntProblems: { path: string; message: string }[] }
      ).ntProblems;
      const layout = problems.find((p) => p.path === 'layout');
      expect(layout?.message).to.match(/the drawing could not be loaded .*showing the list/);
      // Said on the page too, for the producer who looks at it.
      const notice = root.querySelector<HTMLElement>('p[part="notice"]')!;
      expect(notice.checkVisibility()).to.equal(true);
      expect(notice.textContent!.trim()).to.equal(
        'The drawing could not be loaded, so the timeline is shown as a list.',
      );
    } finally {
      wide.remove();
    }
  });

  it('opens an event’s link on a wide page while the drawing is still on its way, without an error', async () => {
    const wide = await load('/test/fixtures/embed-log.html#irs-ice/long-removed', 1100);
    try {
      const win = wide.contentWindow as Window & { ntErrors: string[] };
      const el = wide.contentDocument!.querySelector('news-timeline') as HTMLElement & {
        selected?: string;
      };
      expect(el.selected).to.equal('long-removed');
      const axis = el.shadowRoot!.querySelector('news-timeline-axis')!;
      await axis.updateComplete;
      const marker = axis.shadowRoot!.querySelector('[part~="marker"][data-id="long-removed"]')!;
      // The drawing scrolls to it once drawn (smoothly, unless motion is reduced).
      await new Promise((r) => setTimeout(r, 800));
      const viewport = axis.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
      const m = marker.getBoundingClientRect();
      expect(m.left).to.be.at.least(viewport.left - 1);
      expect(m.right).to.be.at.most(viewport.right + 1);
      expect(win.ntErrors).to.deep.equal([]);
    } finally {
      wide.remove();
    }
  });

  it('fetches the data tools from beside the bundle for a page that brings its own data', async () => {
    const own = await load('/test/fixtures/embed-data.html');
    try {
      const root = own.contentDocument!.querySelector('news-timeline')!.shadowRoot!;
      const titles = [...root.querySelectorAll('[part~="event"] [part="title"]')].map(
        (t) => t.textContent,
      );
      expect(titles).to.deep.equal(['The bridge is proposed', 'The council votes']);
      expect(fetched(own).map(unhashed)).to.deep.equal([
        '/dist/news-timeline.bundle.js',
        '/dist/news-timeline.data-tools.<hash>.js',
        '/dist/news-timeline.shared.<hash>.js',
      ]);
    } finally {
      own.remove();
    }
  });

  it('says so, visibly and in nt-error, when the data tools were not copied beside the bundle', async () => {
    const own = await load('/__without-parts/test/fixtures/embed-data.html');
    try {
      const root = own.contentDocument!.querySelector('news-timeline')!.shadowRoot!;
      const box = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(box.checkVisibility()).to.equal(true);
      expect(box.textContent).to.match(/part of news-timeline that reads data could not be loaded/);
      expect(box.textContent).to.include('news-timeline.data-tools.<hash>.js');
      expect(box.textContent).to.include('news-timeline.bundle.js');
      expect(root.querySelector('button')!.textContent).to.match(/Try again/);
      const problems = (own.contentWindow as Window & { ntProblems: { message: string }[] })
        .ntProblems;
      expect(problems.map((p) => p.message).join('\n')).to.match(/reads data could not be loaded/);
    } finally {
      own.remove();
    }
  });

  it('fetches the story in Spanish from beside the bundle only for a page in Spanish', async () => {
    const es = await load('/test/fixtures/embed-es.html');
    try {
      const root = es.contentDocument!.querySelector('news-timeline')!.shadowRoot!;
      expect(root.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(irsIceEs.title);
      const first = irsIce.events[0]!;
      expect(root.querySelector(`[data-id="${first.id}"] [part="title"]`)!.textContent).to.equal(
        irsIceEs.events![first.id]!.title,
      );
      expect(fetched(es).map(unhashed)).to.deep.equal([
        '/dist/news-timeline.bundle.js',
        '/dist/news-timeline.story-es.<hash>.js',
      ]);
    } finally {
      es.remove();
    }
  });

  it('defines the element once even when the bundle is loaded twice', async () => {
    const doc = frame.contentDocument!;
    const again = doc.createElement('script');
    again.type = 'module';
    // A different URL makes the browser evaluate the module a second time.
    again.src = '/dist/news-timeline.bundle.js?again';
    const done = new Promise((resolve, reject) => {
      again.onload = resolve;
      again.onerror = reject;
    });
    const errors: string[] = [];
    frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
    doc.head.append(again);
    await done;
    expect(errors).to.deep.equal([]);
  });
});
