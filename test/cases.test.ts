/**
 * The shared cases (inputs reduced from faults people reported against timeline tools, copied
 * into test/fixtures/cases/), loaded by <news-timeline> through `src` as an article would, with
 * what a reader sees.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cdp } from './helpers/runner.js';
import { printRulesOnScreen } from './helpers/print.js';
import '../src/bundle.js';
import { irsIce } from '../src/datasets/irs-ice.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { NtErrorEvent, NtSelectEvent } from '../src/events.js';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** The timeline of `src` in a box `width` px wide, drawn and laid out. */
async function open(src: string, width: number, attrs = '') {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<news-timeline src="${src}" ${attrs}></news-timeline>`;
  const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('[part~="heading"]') &&
      !el.shadowRoot.querySelector('[part="status"]'),
    'loaded',
    { timeout: 5000 },
  );
  await frames();
  await el.updateComplete;
  const axis = el.shadowRoot!.querySelector('news-timeline-axis');
  if (axis) await axis.updateComplete;
  return { el, axis };
}

describe('the shared cases in <news-timeline>', () => {
  it('seven-on-one-day: one label counts the six others, and the count opens them in order', async () => {
    const { el, axis } = await open('/test/fixtures/cases/seven-on-one-day.json', 1280);
    const labels = [...axis!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')];
    expect(labels).to.have.length(1);
    const count = labels[0]!.querySelector<HTMLElement>('[part~="count"]')!;
    expect(count.textContent!.trim()).to.equal('+6');
    expect(count.getBoundingClientRect().width).to.be.greaterThan(10);
    // A page can style the count from outside, as it styles the labels (::part, exported).
    const style = document.createElement('style');
    style.textContent = 'news-timeline::part(count) { color: rgb(200, 0, 100); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(count).color).to.equal('rgb(200, 0, 100)');
    } finally {
      style.remove();
    }
    expect(el.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(7);
    const picked = oneEvent(el, 'nt-select') as Promise<NtSelectEvent>;
    count.click();
    expect((await picked).detail.event!.id).to.equal('e2');
    await el.updateComplete;
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!;
    next.click();
    await el.updateComplete;
    expect(el.selected).to.equal('e3');
  });

  it('long-quiet-gap: the 35-year silence is cut, and the three events fit one screen', async () => {
    const { axis } = await open('/test/fixtures/cases/long-quiet-gap.json', 1280);
    const viewport = axis!.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    expect(viewport.scrollWidth).to.be.at.most(viewport.clientWidth + 1);
    expect(axis!.shadowRoot!.querySelectorAll('[part~="break"]')).to.have.length(1);
    const labels = [...axis!.shadowRoot!.querySelectorAll('[part~="label"] .text')];
    expect(labels.map((l) => l.textContent!.trim())).to.deep.equal([
      'Start',
      'Next day',
      'Museum opens',
    ]);
  });

  it('year-turn: the year labels never print over each other', async () => {
    for (const gaps of ['compress', 'linear']) {
      const { axis } = await open('/test/fixtures/cases/year-turn.json', 1280, `gaps="${gaps}"`);
      const boxes = [...axis!.shadowRoot!.querySelectorAll('[part~="year"], .tick-label')]
        .map((n) => n.getBoundingClientRect())
        .filter((r) => r.width > 0);
      for (const a of boxes) {
        for (const b of boxes) {
          if (a === b) continue;
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(overlap, `${gaps}: two axis labels overlap`).to.equal(false);
        }
      }
    }
  });

  it('week-ticks: a day’s tick stands under that day’s marker', async () => {
    const { axis } = await open('/test/fixtures/cases/week-ticks.json', 1280);
    const root = axis!.shadowRoot!;
    const centre = (r: DOMRect) => r.left + r.width / 2;
    const ticks = [...root.querySelectorAll<HTMLElement>('[part~="tick"]')];
    for (const [id, text] of [
      ['a', 'Mar 8'],
      ['c', 'Mar 10'],
    ]) {
      const marker = root.querySelector(`[part~="marker"][data-id="${id}"]`)!;
      const tick = ticks.find((t) => t.textContent!.trim().startsWith(text))!;
      expect(tick, text).to.not.equal(undefined);
      const x = tick.getBoundingClientRect().left;
      expect(Math.abs(x - centre(marker.getBoundingClientRect())), text).to.be.at.most(1.5);
    }
  });
});

describe('the bundled story at 1,280 px', () => {
  it('shows every label whole: each is its event’s short label', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 1280px">
        <news-timeline layout="horizontal"></news-timeline>
      </div>`,
    );
    const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
    await el.updateComplete;
    await frames();
    const axis = el.shadowRoot!.querySelector('news-timeline-axis')!;
    await axis.updateComplete;
    const shown = new Map(
      [...axis.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')].map((l) => [
        l.dataset.id!,
        l.querySelector('.text')?.textContent!.trim(),
      ]),
    );
    expect(shown.size).to.equal(irsIce.events.length);
    for (const e of irsIce.events) expect(shown.get(e.id), e.id).to.equal(e.label);
  });
});

/** The distinct lines a text takes on screen: the tops of its line boxes. */
function lineCount(node: Element): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops).size;
}

describe('the CSV and line-break cases in <news-timeline>', () => {
  afterEach(async () => {
    if (cdp) await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  it('windows-1252.csv (its bytes, as a web server sends them): "Référendum", and a warning that names the encoding', async () => {
    const errors: NtErrorEvent[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
    wrapper.addEventListener('nt-error', (e) => errors.push(e as NtErrorEvent));
    wrapper.innerHTML = `<news-timeline src="/__raw/test/fixtures/cases/windows-1252.csv"></news-timeline>`;
    const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-id="ref"]'), 'loaded', {
      timeout: 5000,
    });
    const title = el.shadowRoot!.querySelector('[data-id="ref"] [part="title"]')!;
    expect(title.textContent).to.equal('Référendum');
    expect(el.shadowRoot!.innerHTML).not.to.contain('\ufffd');
    const problems = errors.flatMap((e) => e.detail.problems);
    expect(problems[0]).to.deep.include({ path: '', severity: 'warning' });
    expect(problems[0].message).to.contain('Windows-1252');
  });

  for (const file of ['line-breaks.json', 'line-breaks.csv']) {
    it(`${file}: the summary shows its two lines in the list, the card and print`, async () => {
      const { el } = await open(`/test/fixtures/cases/${file}`, 1280, 'layout="vertical"');
      const summary = () => el.shadowRoot!.querySelector('[data-id="lb"] [part="summary"]')!;
      expect(summary().textContent).to.equal('First line.\nSecond line.');
      expect(lineCount(summary()), 'the list').to.equal(2);
      el.setAttribute('layout', 'horizontal');
      el.selected = 'lb';
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector('[part="card"] [part="summary"]')!;
      expect(lineCount(card), 'the card').to.equal(2);
      // Print media in Chromium; elsewhere (no print emulation over WebDriver) the element's
      // print rules applied on screen after `beforeprint`, as test/media.test.ts does.
      if (cdp) {
        await emulateMedia({ media: 'print' });
      } else {
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        printRulesOnScreen(el);
      }
      await frames();
      await el.updateComplete;
      await frames();
      expect(lineCount(summary()), 'print').to.equal(2);
      // Still text: no element was made from the data.
      expect(summary().children).to.have.length(0);
    });
  }
});
