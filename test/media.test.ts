/**
 * The element under the reader's media settings: with reduced motion nothing moves (no CSS
 * transition, animation or smooth scrolling), and on paper every event is printed in full (date,
 * title, summary and each source's address written out), with no controls left on the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/bundle.js';
import { irsIce } from '../src/datasets/irs-ice.js';
import { cdp, describeIf, reducedMotion } from './helpers/runner.js';
import { printRulesOnScreen } from './helpers/print.js';
import { formatIsoDate } from '../src/data/format.js';
import type { TimelineDataset } from '../src/data/types.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';

/** Every element in a shadow root and the shadow roots inside it. */
function* deepElements(root: ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const seconds = (list: string) =>
  list.split(',').map((t) => parseFloat(t) * (/ms$/.test(t.trim()) ? 0.001 : 1));

/** What moves in a shadow tree: transitions, animations, smooth scrolling. */
function motion(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of [root.host, ...deepElements(root)]) {
    for (const pseudo of [null, '::before', '::after', '::marker']) {
      const s = getComputedStyle(el, pseudo);
      if (pseudo && pseudo !== '::marker' && s.content === 'none') continue;
      const name = `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}${pseudo ?? ''}`;
      if (seconds(s.transitionDuration).some((d) => d > 0)) {
        found.push(`${name}: transition-duration ${s.transitionDuration}`);
      }
      if (s.animationName !== 'none' && seconds(s.animationDuration).some((d) => d > 0)) {
        found.push(`${name}: animation-duration ${s.animationDuration}`);
      }
      if (!pseudo && s.scrollBehavior === 'smooth') found.push(`${name}: scroll-behavior smooth`);
    }
  }
  return found;
}

/** Seen on the page (or paper): laid out, not hidden, not clipped away to a pixel. */
function visible(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return false;
  return getComputedStyle(el).clipPath !== 'inset(50%)';
}

/**
 * The text of an element's `::after`. Chromium and WebKit report `content: ' <' attr(href) '>'`
 * with the address put in; Firefox reports `attr(href)` itself, so it is put in here the same way.
 */
function printedAfter(el: Element): string {
  return getComputedStyle(el, '::after').content.replace(/attr\(\s*([\w-]+)\s*\)/g, (_, name) =>
    JSON.stringify(el.getAttribute(name) ?? ''),
  );
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function settle(el: NewsTimeline) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

const LAYOUTS = ['vertical', 'horizontal', 'auto'];

// Skipped in Firefox and WebKit: they cannot emulate reduced motion over WebDriver. The check
// itself is tried in every engine below.
const REDUCED =
  '<news-timeline> with reduced motion (Chromium only: CDP prefers-reduced-motion emulation)';
describeIf(cdp)(REDUCED, () => {
  before(() => reducedMotion('reduce'));
  after(() => reducedMotion('no-preference'));

  for (const layout of LAYOUTS) {
    it(`has no transition, animation or smooth scrolling (layout="${layout}")`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: 1000px">
          <news-timeline layout=${layout} filters permalinks selected="mou-signed"></news-timeline>
        </div>
      `);
      const el = wrapper.querySelector('news-timeline')!;
      await settle(el);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      expect(motion(el.shadowRoot!)).to.deep.equal([]);
    });
  }

  it('reveals an event opened from a link without smooth scrolling', async () => {
    const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (arg?: ScrollIntoViewOptions | boolean) {
      calls.push(arg);
    };
    const hash = window.location.hash;
    try {
      window.location.hash = `${irsIce.id}/long-removed`;
      const el = await fixture<NewsTimeline>(
        html`<news-timeline layout="vertical"></news-timeline>`,
      );
      await settle(el);
      expect(el.selected).to.equal('long-removed');
      expect(calls.length).to.be.above(0);
      for (const arg of calls) {
        if (typeof arg === 'object') expect(arg.behavior ?? 'auto').not.to.equal('smooth');
      }
    } finally {
      Element.prototype.scrollIntoView = original;
      history.replaceState(history.state, '', hash || window.location.pathname);
    }
  });
});

describe('<news-timeline> motion check', () => {
  it('finds a transition when there is one (the check can fail)', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline layout="vertical"></news-timeline>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '.event { transition: background 0.2s; } .marker::before { content: ""; animation: x 1s; } .events { scroll-behavior: smooth; } @keyframes x { to { opacity: 0 } }',
    );
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    const found = motion(el.shadowRoot!);
    expect(found.some((f) => f.startsWith('article.event: transition-duration 0.2s'))).to.equal(
      true,
    );
    expect(found.some((f) => f.includes('::before: animation-duration 1s'))).to.equal(true);
    expect(found).to.include('ol.events: scroll-behavior smooth');
  });
});

// In Chromium the page really is in print media (CDP). Firefox and WebKit cannot emulate it over
// WebDriver: there the element's print rules are applied on screen (printRulesOnScreen), which
// checks the same things in their CSS engines but not the browser's own page layout for paper.
const SIMULATED = ' (print rules applied on screen: no print-media emulation over WebDriver)';
describe(`<news-timeline> in print${cdp ? '' : SIMULATED}`, () => {
  afterEach(async () => {
    if (cdp) await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  /** Renders wide (the horizontal layout on screen, with `layout="auto"`), then prints. */
  async function printed(attrs: string, data?: unknown): Promise<NewsTimeline> {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 1000px"><news-timeline ${attrs}></news-timeline></div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    if (data !== undefined) el.data = data as TimelineDataset;
    await settle(el);
    if (cdp) {
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches, 'print media').to.equal(true);
    } else {
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      printRulesOnScreen(el);
    }
    await settle(el);
    return el;
  }

  for (const layout of LAYOUTS) {
    it(`prints every event of the bundled dataset with its date, title, summary and sources' addresses (layout="${layout}")`, async () => {
      const el = await printed(`layout="${layout}" filters permalinks selected="mou-signed"`);
      const root = el.shadowRoot!;
      const problems: string[] = [];
      for (const event of irsIce.events) {
        const card = [...root.querySelectorAll(`[part~="event"][data-id="${event.id}"]`)].find(
          visible,
        );
        if (!card) {
          problems.push(`${event.id}: not shown`);
          continue;
        }
        const date = card.querySelector('[part~="date"]');
        if (!date || !visible(date) || !text(date).includes(formatIsoDate(event.date, 'en-US'))) {
          problems.push(`${event.id}: date "${text(date)}"`);
        }
        for (const [part, want] of [
          ['title', event.title],
          ['summary', event.summary],
        ] as const) {
          const got = card.querySelector(`[part~="${part}"]`);
          if (!got || !visible(got) || text(got) !== want.replace(/\s+/g, ' ').trim()) {
            problems.push(`${event.id}: ${part} "${text(got).slice(0, 40)}"`);
          }
        }
        for (const source of event.sources) {
          if (!source.url) continue;
          const link = [...card.querySelectorAll('a')].find(
            (a) => a.getAttribute('href') === source.url,
          );
          const after = link ? printedAfter(link) : 'none';
          if (!link || !visible(link) || !after.includes(source.url)) {
            problems.push(`${event.id}: source ${source.url} printed as ${after}`);
          }
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it(`prints no button and no disclosure summary (layout="${layout}")`, async () => {
      const withNotice = {
        ...irsIce,
        events: [...irsIce.events, { ...irsIce.events[0], id: 'broken-date', date: '2025-02-30' }],
      };
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await printed(`layout="${layout}" filters permalinks`, withNotice);
        const root = el.shadowRoot!;
        // Present on screen, gone on paper: the check is not vacuous.
        expect(root.querySelectorAll('button').length, 'buttons rendered').to.be.above(3);
        expect(root.querySelectorAll('summary').length, 'summary rendered').to.equal(1);
        const shown = [...deepElements(root)]
          .filter((e) => e.matches('button, summary, [role="button"]') && visible(e))
          .map((e) => `${e.localName}: ${text(e).slice(0, 30)}`);
        expect(shown).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('finds a printed source address missing when there is none (the check can fail)', async () => {
    const el = await printed('layout="vertical"');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@media print { .sources a::after { content: none; } }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    if (!cdp) printRulesOnScreen(el);
    const link = el.shadowRoot!.querySelector('.sources a')!;
    expect(printedAfter(link)).not.to.include(link.getAttribute('href')!);
  });
});
