/**
 * The published file on a page with the strictest Content-Security-Policy an article can have,
 * `default-src 'self'`: no inline scripts, no inline styles (not even `style` attributes), no
 * eval. The page (test/fixtures/csp.html) records every violation on `window.__violations`,
 * from an external script loaded before the bundle (test/fixtures/csp-watch.js).
 * Runs against `dist/`, so `npm test` builds first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { irsIce } from '../src/datasets/irs-ice.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

type FrameWindow = Window & typeof globalThis & { __violations: Violation[] };

type Timeline = HTMLElement & { updateComplete: Promise<boolean> };

async function load(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('news-timeline');
  for (const el of frame.contentDocument!.querySelectorAll<Timeline>('news-timeline')) {
    await el.updateComplete;
    // The horizontal drawing measures itself, then draws.
    const axis = el.shadowRoot!.querySelector<Timeline>('news-timeline-axis');
    await axis?.updateComplete;
  }
  // Violations are reported asynchronously; give late ones (a second render) time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return frame;
}

describe("dist/news-timeline.bundle.js under Content-Security-Policy: default-src 'self'", () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  const root = (id: string) => frame.contentDocument!.getElementById(id)!.shadowRoot!;
  before(async () => {
    frame = await load('/test/fixtures/csp.html');
    win = frame.contentWindow as FrameWindow;
  });
  after(() => frame.remove());

  it('causes no securitypolicyviolation', () => {
    expect(win.__violations).to.deep.equal([]);
  });

  it('loads no TimelineJS importer for data that is not TimelineJS', () => {
    const parts = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(parts.filter((name) => name.includes('timelinejs'))).to.deep.equal([]);
  });

  describe('layout="vertical"', () => {
    it('renders every event of the bundled dataset, in order', () => {
      const list = root('vertical');
      const ids = [...list.querySelectorAll<HTMLElement>('[part~="event"]')].map(
        (e) => e.dataset.id,
      );
      expect(ids).to.deep.equal(irsIce.events.map((e) => e.id));
      const title = list.querySelector('[part~="event"] [part="title"]')!;
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('applies its styles (adopted style sheets are not inline styles)', () => {
      const hidden = root('vertical').querySelector<HTMLElement>('.visually-hidden');
      expect(hidden, 'a visually hidden text').to.not.equal(null);
      expect(hidden!.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('shows each category in its own colour', () => {
      const colours = new Map<string, string>();
      for (const event of root('vertical').querySelectorAll<HTMLElement>('[part~="event"]')) {
        const category = irsIce.events.find((e) => e.id === event.dataset.id)!.category;
        const swatch = event.querySelector('[part="badge"] .swatch')!;
        colours.set(category, getComputedStyle(swatch).backgroundColor);
      }
      expect(colours.size).to.be.greaterThan(1);
      expect(new Set(colours.values()).size, JSON.stringify([...colours])).to.equal(colours.size);
    });
  });

  describe('layout="horizontal"', () => {
    it('draws a marker for every event, to scale (later events further right)', () => {
      const axis = root('horizontal').querySelector('news-timeline-axis');
      expect(axis, 'the horizontal drawing').to.not.equal(null);
      const markers = new Map(
        [...axis!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="marker"]')].map((m) => [
          m.dataset.id,
          m.getBoundingClientRect(),
        ]),
      );
      expect([...markers.keys()].sort()).to.deep.equal(irsIce.events.map((e) => e.id).sort());
      const first = markers.get(irsIce.events[0].id)!;
      const last = markers.get(irsIce.events[irsIce.events.length - 1].id)!;
      expect(last.left - first.left).to.be.greaterThan(100);
    });

    it('places the labels and ticks along the axis', () => {
      const axis = root('horizontal').querySelector('news-timeline-axis')!.shadowRoot!;
      const lefts = (selector: string) =>
        [...axis.querySelectorAll<HTMLElement>(selector)].map(
          (e) => e.getBoundingClientRect().left,
        );
      for (const part of ['label', 'tick']) {
        const xs = lefts(`[part~="${part}"]`);
        expect(xs.length, part).to.be.greaterThan(1);
        expect(Math.max(...xs) - Math.min(...xs), `spread of the ${part}s`).to.be.greaterThan(100);
      }
    });

    it('lists every event for assistive technology', () => {
      expect(root('horizontal').querySelectorAll('[role="option"]')).to.have.length(
        irsIce.events.length,
      );
    });
  });

  describe('the policy (controls)', () => {
    it('is in force: an inline style attribute is refused and recorded', async () => {
      const doc = frame.contentDocument!;
      const probe = doc.createElement('p');
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      doc.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(win.getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
      expect(win.__violations.map((v) => v.directive)).to.include('style-src-attr');
      probe.remove();
      win.__violations.length = 0;
    });

    it('allows styles set through the CSSOM (style.setProperty), the way to position and colour', async () => {
      const doc = frame.contentDocument!;
      const probe = doc.createElement('p');
      probe.style.setProperty('--_cat', 'rgb(0, 128, 0)');
      probe.style.setProperty('color', 'var(--_cat)');
      probe.style.setProperty('left', '12px');
      doc.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(win.getComputedStyle(probe).color).to.equal('rgb(0, 128, 0)');
      expect(win.__violations).to.deep.equal([]);
      probe.remove();
    });
  });
});

describe("images under Content-Security-Policy: default-src 'self'", () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  const shadow = () => frame.contentDocument!.getElementById('images')!.shadowRoot!;
  const figure = (id: string) => shadow().querySelector(`[data-id="${id}"] [part="media"]`)!;
  before(async () => {
    frame = await load('/test/fixtures/csp-images.html');
    win = frame.contentWindow as FrameWindow;
  });
  after(() => frame.remove());

  it('loads an image from a host the page allows (img-src), with no violation', async () => {
    const img = figure('allowed').querySelector<HTMLImageElement>('img')!;
    await waitUntil(() => img.complete && img.naturalWidth === 320, 'the image loads');
    expect(img.alt).to.equal('A bridge over a harbor');
    const box = img.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(2, 0.02);
  });

  it('loads the TimelineJS importer from beside the bundle for a TimelineJS script, and shows it', async () => {
    const root = frame.contentDocument!.getElementById('timelinejs')!.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('[part~="event"]').length === 2, 'imported');
    expect(root.querySelector('[part="heading"]')!.textContent).to.equal('A TimelineJS timeline');
    const parts = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      parts.some((name) => /\/dist\/news-timeline\.timelinejs\.[\w-]+\.js$/.test(name)),
    ).to.equal(true);
  });

  it('shows the alt text and credit of an image from a host the page refuses; the only violation is that image', async () => {
    await waitUntil(() => !figure('refused').querySelector('img'), 'the image is replaced');
    expect(figure('refused').textContent).to.contain('The harbor at night').and.contain('Jane Doe');
    // (Chromium may report the one refusal more than once.)
    const refused = new Set(win.__violations.map((v) => `${v.directive} ${v.blocked}`));
    expect([...refused]).to.deep.equal(['img-src https://images.example/harbor.png']);
  });
});
