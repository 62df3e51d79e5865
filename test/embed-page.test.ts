/**
 * The iframe page, dist/embed.html, as hosts frame it: under a real Pym.js parent (pym.js from
 * npm), as AMP's amp-iframe and WordPress's oEmbed script listen to it, with `src` from its own
 * origin, an allowed one and a refused one, without JavaScript, and under a strict policy. Runs
 * against `dist/`, so `npm test` builds first. The second origin is the test server's
 * (test/plugins/embed.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { irsIce } from '../src/datasets/irs-ice.js';

type Timeline = HTMLElement & { updateComplete: Promise<boolean> };

interface PymParent {
  iframe: HTMLIFrameElement;
  remove(): void;
}

declare global {
  interface Window {
    pym?: { Parent: new (id: string, url: string, config: object) => PymParent };
  }
}

const JSON_IDS = ['council-approves-plan', 'construction-starts', 'bridge-opens'];

const secondOrigin = () => executeServerCommand('second-origin') as Promise<string>;

/** An iframe `width` px wide on `src`, appended, once loaded. */
async function frame(src: string, width = 700, sandbox?: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = `width: ${width}px; height: 400px; border: 0`;
  if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  f.src = src;
  document.body.append(f);
  await loaded;
  return f;
}

/** The frame's timeline, once it has rendered its events (or its error box). */
async function timeline(f: HTMLIFrameElement): Promise<Timeline> {
  await waitUntil(
    () =>
      f.contentDocument
        ?.querySelector('news-timeline')
        ?.shadowRoot?.querySelector('[part~="event"], [part~="plot"], [part="error"]'),
    'the timeline renders',
    { timeout: 8000 },
  );
  const el = f.contentDocument!.querySelector<Timeline>('news-timeline')!;
  await el.updateComplete;
  return el;
}

const ids = (el: Timeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((e) => e.dataset.id);

const contentHeight = (f: HTMLIFrameElement) =>
  Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);

function loadScript(src: string): Promise<unknown> {
  const script = document.createElement('script');
  script.src = src;
  const done = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  document.head.append(script);
  return done;
}

describe('dist/embed.html under a Pym.js v1 parent', () => {
  let parent: PymParent;
  let container: HTMLElement;
  before(async () => {
    if (!window.pym) await loadScript('/node_modules/pym.js/dist/pym.v1.min.js');
    container = document.createElement('div');
    container.id = 'pym-host';
    container.style.width = '700px';
    document.body.append(container);
    parent = new window.pym!.Parent('pym-host', '/dist/embed.html?layout=vertical&filters', {});
  });
  after(() => {
    parent.remove();
    container.remove();
  });

  /** Waits until Pym has set the frame's height to its content's; returns it. */
  async function followed(previous?: number): Promise<number> {
    const f = parent.iframe;
    let height = 0;
    await waitUntil(
      () => {
        height = contentHeight(f);
        const set = parseInt(f.getAttribute('height') ?? '', 10);
        return height > 100 && set === height && height !== previous;
      },
      `the frame takes its content's height (set ${f.getAttribute('height')}, content ${height})`,
      { timeout: 8000 },
    );
    expect(Math.round(f.getBoundingClientRect().height)).to.equal(height);
    return height;
  }

  it('takes the content’s height, and again after a filter and a layout switch', async () => {
    const el = await timeline(parent.iframe);
    expect(ids(el)).to.deep.equal(irsIce.events.map((e) => e.id));
    const full = await followed();
    // A filter: hide the first category.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filter"]')!.click();
    const filtered = await followed(full);
    expect(filtered).to.be.lessThan(full);
    // A layout switch: the drawing is far shorter than the list.
    el.setAttribute('layout', 'horizontal');
    const drawn = await followed(filtered);
    expect(drawn).to.be.lessThan(filtered);
  });
});

describe('dist/embed.html size messages (AMP, WordPress, Pym.js)', () => {
  it('posts AMP’s embed-size, WordPress’s height with its secret and Pym’s height, all the content’s height', async () => {
    const messages: unknown[] = [];
    const listen = (e: MessageEvent) => {
      if (e.source === f?.contentWindow) messages.push(e.data);
    };
    window.addEventListener('message', listen);
    let f: HTMLIFrameElement | undefined;
    try {
      f = await frame('/dist/embed.html?layout=vertical&childId=kid#?secret=Ab12Cd34Ef');
      await timeline(f);
      const h = () => contentHeight(f!);
      await waitUntil(() =>
        messages.some((m) => typeof m === 'object' && (m as { value?: number }).value === h()),
      );
      const last = <T>(test: (m: unknown) => boolean) => messages.filter(test).at(-1) as T;
      expect(last((m) => (m as { sentinel?: string }).sentinel === 'amp')).to.deep.equal({
        sentinel: 'amp',
        type: 'embed-size',
        height: h(),
      });
      expect(last((m) => (m as { message?: string }).message === 'height')).to.deep.equal({
        message: 'height',
        value: h(),
        secret: 'Ab12Cd34Ef',
      });
      expect(last((m) => typeof m === 'string')).to.equal(`pymxPYMxkidxPYMxheightxPYMx${h()}`);
      // WordPress's script says it is ready; the frame answers with its height again.
      const count = messages.length;
      f.contentWindow!.postMessage({ message: 'ready', secret: 'Ab12Cd34Ef' }, '*');
      await waitUntil(() => messages.length > count, 'answers WordPress’s ready');
    } finally {
      window.removeEventListener('message', listen);
      f?.remove();
    }
  });

  it('sends no WordPress or Pym message without a secret or a childId', async () => {
    const messages: unknown[] = [];
    const listen = (e: MessageEvent) => messages.push(e.data);
    window.addEventListener('message', listen);
    const f = await frame('/dist/embed.html?layout=horizontal', 900);
    try {
      await timeline(f);
      await waitUntil(() => messages.length > 0);
      expect(messages.every((m) => (m as { sentinel?: string }).sentinel === 'amp')).to.equal(true);
    } finally {
      window.removeEventListener('message', listen);
      f.remove();
    }
  });
});

describe('dist/embed.html configured by its address', () => {
  it('sets the element’s attributes from the query, and ignores unknown parameters', async () => {
    const f = await frame(
      '/dist/embed.html?key-only&theme=dark&order=newest-first&onclick=x&initialWidth=3',
    );
    try {
      const el = await timeline(f);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.hasAttribute('onclick')).to.equal(false);
      const keys = irsIce.events.filter((e) => e.key).map((e) => e.id);
      expect(ids(el)).to.deep.equal(keys.reverse());
    } finally {
      f.remove();
    }
  });

  it('loads a src from its own origin', async () => {
    const f = await frame('/dist/embed.html?src=/test/fixtures/data/events.json');
    try {
      const el = await timeline(f);
      await waitUntil(() => ids(el).join() === JSON_IDS.join(), 'the data of src');
    } finally {
      f.remove();
    }
  });

  it('loads a src from an origin the page’s allow-list names', async () => {
    const other = await secondOrigin();
    const f = await frame(
      `/__embed-allow/dist/embed.html?src=${other}/test/fixtures/data/events.json`,
    );
    try {
      const el = await timeline(f);
      await waitUntil(() => ids(el).join() === JSON_IDS.join(), 'the data of src');
    } finally {
      f.remove();
    }
  });

  it('refuses a src from another origin with a visible message, and loads nothing from it', async () => {
    const other = await secondOrigin();
    const src = `${other}/test/fixtures/data/events.json`;
    const f = await frame(`/dist/embed.html?src=${encodeURIComponent(src)}`);
    try {
      const doc = f.contentDocument!;
      await waitUntil(() => doc.querySelector('.nt-embed-refused'), 'the refusal', {
        timeout: 8000,
      });
      const box = doc.querySelector<HTMLElement>('.nt-embed-refused')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain(other);
      expect(box.getBoundingClientRect().height).to.be.greaterThan(10);
      const el = doc.querySelector<Timeline>('news-timeline')!;
      expect(el.hidden).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.hasAttribute('src')).to.equal(false);
      const requested = f
        .contentWindow!.performance.getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => name.startsWith(other));
      expect(requested).to.deep.equal([]);
    } finally {
      f.remove();
    }
  });
});

describe('dist/embed.html without JavaScript, and under a strict policy', () => {
  it('shows every event of the story when scripts cannot run (sandbox without allow-scripts)', async () => {
    const f = await frame('/dist/embed.html', 700, 'allow-same-origin');
    try {
      const doc = f.contentDocument!;
      expect(f.contentWindow!.customElements.get('news-timeline')).to.equal(undefined);
      const titles = [...doc.querySelectorAll<HTMLElement>('news-timeline h3')];
      expect(titles.map((t) => t.textContent)).to.deep.equal(irsIce.events.map((e) => e.title));
      for (const t of titles) expect(t.getBoundingClientRect().height).to.be.greaterThan(0);
      // Links leave the frame for a new top-level tab.
      expect(doc.querySelector('base')!.target).to.equal('_blank');
    } finally {
      f.remove();
    }
  });

  it("runs under Content-Security-Policy: default-src 'self' (no inline script or style)", async () => {
    const other = await secondOrigin();
    // Served with the header from the second origin; a cross-origin frame reports its height.
    const messages: unknown[] = [];
    const listen = (e: MessageEvent) => messages.push(e.data);
    window.addEventListener('message', listen);
    const f = await frame(`${other}/csp/dist/embed.html?layout=vertical&key-only`);
    try {
      // Only the configured, rendered timeline (a handful of key events) is this short.
      await waitUntil(
        () =>
          messages.some((m) => {
            const height = (m as { height?: number }).height ?? 0;
            return height > 100 && height < 3000;
          }),
        'the timeline renders and reports its height',
        { timeout: 8000 },
      );
    } finally {
      window.removeEventListener('message', listen);
      f.remove();
    }
  });
});

describe('dist/news-timeline.bundle.js from another origin than the page', () => {
  async function page(bundle: string): Promise<HTMLIFrameElement> {
    const f = document.createElement('iframe');
    f.style.cssText = 'width: 700px; height: 400px; border: 0';
    f.srcdoc = `<!doctype html><html lang="en"><script type="module" src="${bundle}"></script><news-timeline></news-timeline></html>`;
    const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
    document.body.append(f);
    await loaded;
    return f;
  }

  it('works when its server allows other origins (Access-Control-Allow-Origin)', async () => {
    const other = await secondOrigin();
    const f = await page(`${other}/dist/news-timeline.bundle.js`);
    try {
      const el = await timeline(f);
      expect(ids(el)).to.deep.equal(irsIce.events.map((e) => e.id));
    } finally {
      f.remove();
    }
  });

  it('does not load without that header: module scripts are fetched with CORS', async () => {
    const other = await secondOrigin();
    const f = await page(`${other}/no-cors/dist/news-timeline.bundle.js`);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(f.contentWindow!.customElements.get('news-timeline')).to.equal(undefined);
    } finally {
      f.remove();
    }
  });
});
