import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import { irsIce } from '../../datasets/irs-ice.js';
import {
  MIN_DAY_SPACING,
  type NewsTimelineAxis,
  type NtAxisPickEvent,
} from './news-timeline-axis.js';
import { contrast } from '../../../test/helpers/contrast.js';
import type { TimelineGaps, TimelineLanes } from '../../options.js';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** Mounts the axis with the bundled data in a box `width` px wide. */
async function mount(
  width: number,
  { lanes = 'auto', gaps = 'compress' }: { lanes?: TimelineLanes; gaps?: TimelineGaps } = {},
): Promise<NewsTimelineAxis> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <news-timeline-axis lanes=${lanes} gaps=${gaps}></news-timeline-axis>
    </div>`,
  );
  const el = wrapper.querySelector('news-timeline-axis')!;
  el.events = irsIce.events;
  el.tracks = irsIce.tracks!;
  el.categories = irsIce.categories;
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return el;
}

function parts(el: NewsTimelineAxis, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function byId(el: NewsTimelineAxis, name: string, id: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"][data-id="${id}"]`);
  if (!found) throw new Error(`no ${name} ${id}`);
  return found;
}

function viewport(el: NewsTimelineAxis): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
}

/** The x of the plot's origin on the page: the viewport's left edge less its scroll. */
function plotLeft(el: NewsTimelineAxis): number {
  const vp = viewport(el);
  return vp.getBoundingClientRect().left - vp.scrollLeft;
}

const centre = (r: DOMRect) => r.left + r.width / 2;

interface Drawn {
  id: string;
  start: number;
  x: number;
  segment: number;
}

/**
 * The day-precision markers as a reader sees them: the date at noon (a marker stands in the
 * middle of its day), its x centre, and the segment it is in (how many breaks lie left of it).
 */
function dayMarkers(el: NewsTimelineAxis): Drawn[] {
  const breaks = parts(el, 'break').map((b) => b.getBoundingClientRect());
  return irsIce.events
    .filter((e) => e.precision === 'day')
    .map((e) => {
      const x = centre(byId(el, 'marker', e.id).getBoundingClientRect());
      return {
        id: e.id,
        start: utc(e.date) + DAY / 2,
        x,
        segment: breaks.filter((b) => b.right <= x).length,
      };
    });
}

/** The axis as a reader can infer it from the markers: px per ms, and x of a time in a segment. */
function readScale(el: NewsTimelineAxis) {
  const drawn = dayMarkers(el);
  const first = drawn[0]!;
  const sameSegment = drawn.filter((d) => d.segment === first.segment);
  const last = sameSegment[sameSegment.length - 1]!;
  const k = (last.x - first.x) / (last.start - first.start);
  const x = (ms: number) => {
    const ref = drawn.reduce((best, d) =>
      Math.abs(d.start - ms) < Math.abs(best.start - ms) ? d : best,
    );
    return ref.x + (ms - ref.start) * k;
  };
  return { k, x, drawn };
}

function overlap(a: DOMRect, b: DOMRect, tolerance = 0.5): boolean {
  return (
    a.left < b.right - tolerance &&
    b.left < a.right - tolerance &&
    a.top < b.bottom - tolerance &&
    b.top < a.bottom - tolerance
  );
}

describe('<news-timeline-axis>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('draws one marker per event, to scale within each segment (±1 px)', async () => {
    const el = await mount(1024);
    expect(parts(el, 'marker')).to.have.length(irsIce.events.length);
    const { drawn } = readScale(el);
    const segments = new Set(drawn.map((d) => d.segment));
    expect(segments.size).to.be.greaterThan(1);
    for (const segment of segments) {
      const inside = drawn.filter((d) => d.segment === segment);
      if (inside.length < 2) continue;
      const a = inside[0]!;
      const b = inside[inside.length - 1]!;
      const k = (b.x - a.x) / (b.start - a.start);
      for (const d of inside)
        expect(Math.abs(d.x - (a.x + (d.start - a.start) * k))).to.be.at.most(1);
    }
  });

  it('keeps one px-per-day in every segment', async () => {
    const el = await mount(1024);
    const { drawn, k } = readScale(el);
    for (let i = 1; i < drawn.length; i++) {
      const [a, b] = [drawn[i - 1]!, drawn[i]!];
      if (a.segment !== b.segment) continue;
      expect(Math.abs(b.x - a.x - (b.start - a.start) * k)).to.be.at.most(1);
    }
  });

  it('draws events left to right in the order of their dates', async () => {
    const el = await mount(1024);
    // A day's marker stands at its day, a month's band starts at its month.
    const at = irsIce.events
      .map((e) => {
        const r = byId(el, 'marker', e.id).getBoundingClientRect();
        const month = e.precision === 'month';
        return { start: utc(month ? `${e.date}-01` : e.date), x: month ? r.left : centre(r) };
      })
      .sort((a, b) => a.start - b.start);
    for (let i = 1; i < at.length; i++) expect(at[i]!.x).to.be.greaterThan(at[i - 1]!.x);
  });

  it('draws compressed gaps narrower than to scale, each marked with a break', async () => {
    const el = await mount(1024);
    const { drawn, k } = readScale(el);
    const breaks = parts(el, 'break').map((b) => b.getBoundingClientRect());
    expect(breaks.length).to.be.greaterThan(0);
    let crossed = 0;
    for (let i = 1; i < drawn.length; i++) {
      const [a, b] = [drawn[i - 1]!, drawn[i]!];
      if (a.segment === b.segment) continue;
      crossed++;
      expect(b.x - a.x).to.be.lessThan((b.start - a.start) * k);
      expect(breaks.some((r) => r.left >= a.x && r.right <= b.x)).to.equal(true);
    }
    expect(crossed).to.equal(breaks.length);
    for (const b of parts(el, 'break'))
      expect(b.querySelectorAll('path').length).to.be.greaterThan(0);
  });

  it('draws every gap to scale with gaps="linear"', async () => {
    const el = await mount(1024, { gaps: 'linear' });
    expect(el.getAttribute('gaps')).to.equal('linear');
    expect(parts(el, 'break')).to.have.length(0);
    const { drawn } = readScale(el);
    const a = drawn[0]!;
    const b = drawn[drawn.length - 1]!;
    const k = (b.x - a.x) / (b.start - a.start);
    for (const d of drawn) expect(Math.abs(d.x - (a.x + (d.start - a.start) * k))).to.be.at.most(1);
  });

  for (const lanes of ['auto', 'category'] as const) {
    for (const width of [720, 1024, 1440]) {
      it(`places labels without overlaps, inside the scroll width, at ${width} px (lanes="${lanes}")`, async () => {
        const el = await mount(width, { lanes });
        const labels = parts(el, 'label');
        const keyIds = irsIce.events.filter((e) => e.key).map((e) => e.id);
        const shown = labels.map((l) => l.dataset.id);
        for (const id of keyIds) expect(shown).to.include(id);
        const rects = labels.map((l) => l.getBoundingClientRect());
        for (let i = 0; i < rects.length; i++) {
          expect(rects[i]!.width).to.be.greaterThan(0);
          for (let j = i + 1; j < rects.length; j++) {
            expect(overlap(rects[i]!, rects[j]!), `${shown[i]} overlaps ${shown[j]}`).to.equal(
              false,
            );
          }
        }
        const left = plotLeft(el);
        const right = left + viewport(el).scrollWidth;
        for (const r of rects) {
          expect(r.left).to.be.at.least(left - 0.5);
          expect(r.right).to.be.at.most(right + 0.5);
        }
        // No vertical scrollbar: the drawing is as tall as its lanes.
        const vp = viewport(el);
        expect(vp.scrollHeight).to.be.at.most(vp.clientHeight);
      });
    }
  }

  it('grows wider than its box, and scrolls, when close days need room', async () => {
    const el = await mount(720);
    const vp = viewport(el);
    expect(vp.clientWidth).to.equal(720);
    expect(vp.scrollWidth).to.be.greaterThan(720);
    // Two events a day apart stay at least MIN_DAY_SPACING apart.
    const a = centre(byId(el, 'marker', 'mou-signed').getBoundingClientRect());
    const b = centre(byId(el, 'marker', 'krause-departure').getBoundingClientRect());
    expect(b - a).to.be.at.least(MIN_DAY_SPACING - 0.5);
    expect(getComputedStyle(vp).overflowX).to.equal('auto');
    expect(getComputedStyle(vp).overflowY).to.equal('hidden');
  });

  it('draws a month-precision event as a band as wide as its month', async () => {
    const el = await mount(1024);
    const { k, x } = readScale(el);
    for (const [id, month, next] of [
      ['irs-rejects-700k-request', '2025-02-01', '2025-03-01'],
      ['notice-orders', '2025-09-01', '2025-10-01'],
    ] as const) {
      const band = byId(el, 'marker', id).getBoundingClientRect();
      expect(Math.abs(band.width - (utc(next) - utc(month)) * k)).to.be.at.most(1);
      expect(Math.abs(band.left - x(utc(month)))).to.be.at.most(1);
      expect(band.width).to.be.greaterThan(band.height * 5);
    }
  });

  it('runs each span bar from x(start) to x(end of its end date)', async () => {
    const el = await mount(1024);
    const { x } = readScale(el);
    for (const [id, start, end] of [
      ['span-odonnell', '2025-01-20', '2025-02-28'],
      ['span-krause', '2025-02-28', '2025-04-15'],
      ['span-shapley', '2025-04-15', '2025-04-18'],
      ['span-faulkender', '2025-04-18', '2025-06-16'],
      ['span-long', '2025-06-16', '2025-08-08'],
    ] as const) {
      const bar = byId(el, 'span', id).getBoundingClientRect();
      expect(Math.abs(bar.left - x(utc(start))), `${id} start`).to.be.at.most(1);
      expect(Math.abs(bar.right - x(utc(end) + DAY)), `${id} end`).to.be.at.most(1);
    }
  });

  it('shows an open span with "no end date", never an invented end', async () => {
    const el = await mount(1024);
    const { x } = readScale(el);
    const span = byId(el, 'span', 'span-bessent');
    const bar = span.getBoundingClientRect();
    expect(Math.abs(bar.left - x(utc('2025-08-08')))).to.be.at.most(1);
    expect(span.textContent).to.contain('no end date');
    // It runs past the last date on the axis, fading out, to the end of the drawing.
    const last = byId(el, 'marker', 'tigta-report').getBoundingClientRect();
    expect(bar.right).to.be.greaterThan(last.right);
    expect(Math.abs(bar.right - (plotLeft(el) + viewport(el).scrollWidth))).to.be.at.most(1);
    expect(getComputedStyle(span).backgroundImage).to.contain('gradient');
  });

  it('cuts a span that starts before the axis at the left edge, with its start written out', async () => {
    const el = await mount(1024);
    const { x } = readScale(el);
    const span = byId(el, 'span', 'span-werfel');
    const bar = span.getBoundingClientRect();
    expect(Math.abs(bar.left - plotLeft(el))).to.be.at.most(1);
    expect(Math.abs(bar.right - x(utc('2025-01-21')))).to.be.at.most(1);
    expect(span.textContent).to.contain('since March 2023');
    // 2023 does not stretch the axis: the first date on it is the first event's.
    expect(parts(el, 'year')[0]!.textContent!.trim()).to.equal('2025');
    const label = span.querySelector('.span-label')!.getBoundingClientRect();
    expect(label.width).to.be.greaterThan(0);
    expect(label.left).to.be.at.least(plotLeft(el) - 0.5);
  });

  it('keeps span labels apart', async () => {
    const el = await mount(1024);
    const labels = [...el.shadowRoot!.querySelectorAll('.span-label')].map((l) =>
      l.getBoundingClientRect(),
    );
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++)
        expect(overlap(labels[i]!, labels[j]!)).to.equal(false);
    }
  });

  it('labels ticks in the locale, in UTC, with the year in view and a tick after each break', async () => {
    const el = await mount(1024);
    const ticks = parts(el, 'tick');
    // The tests run in America/Los_Angeles: a local-time bug would show January 19.
    expect(ticks[0]!.textContent!.trim()).to.equal('Jan 20');
    const years = parts(el, 'year').map((y) => y.textContent!.trim());
    expect(years[0]).to.equal('2025');
    expect(years).to.include('2026');
    const breaks = parts(el, 'break').map((b) => b.getBoundingClientRect());
    const edges = ticks
      .filter((t) => t.classList.contains('edge'))
      .map((t) => t.getBoundingClientRect());
    for (const b of breaks)
      expect(edges.some((t) => Math.abs(t.left - b.right) <= 1)).to.equal(true);
    // A year after every break, so a reader who pans there knows where they are.
    const yearLefts = parts(el, 'year').map((y) => y.parentElement!.getBoundingClientRect().left);
    for (const b of breaks)
      expect(yearLefts.some((l) => Math.abs(l - b.right) <= 1)).to.equal(true);
    // Labels of ticks never overlap.
    const labels = ticks.map((t) => t.querySelector('.tick-label')!.getBoundingClientRect());
    for (let i = 1; i < labels.length; i++)
      expect(labels[i]!.left).to.be.at.least(labels[i - 1]!.right);

    el.locale = 'fr-FR';
    await el.updateComplete;
    expect(parts(el, 'tick')[0]!.textContent!.trim()).to.match(/^20 janv/);
  });

  it('puts each category in its own labelled row with lanes="category"', async () => {
    const el = await mount(1024, { lanes: 'category' });
    expect(el.getAttribute('lanes')).to.equal('category');
    const rows = parts(el, 'row').map((r) => r.textContent!.trim());
    expect(rows).to.deep.equal(irsIce.categories.map((c) => c.label));
    const yOf = (id: string) => centre2(byId(el, 'marker', id).getBoundingClientRect());
    const rowY = new Map<string, number>();
    for (const e of irsIce.events) {
      const y = yOf(e.id);
      const seen = rowY.get(e.category);
      if (seen === undefined) rowY.set(e.category, y);
      else expect(Math.abs(y - seen)).to.be.at.most(0.5);
    }
    expect(new Set([...rowY.values()].map(Math.round)).size).to.equal(irsIce.categories.length);
  });

  it('fires nt-axis-pick with the id when a marker or a label is clicked', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(720);
    const picks: string[] = [];
    el.addEventListener('nt-axis-pick', (e) => picks.push((e as NtAxisPickEvent).detail.id));
    let composed: boolean | undefined;
    el.addEventListener('nt-axis-pick', (e) => (composed = e.composed), { once: true });

    const marker = byId(el, 'marker', 'werfel-departs').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(centre(marker)), Math.round(centre2(marker))],
    });
    expect(picks).to.deep.equal(['werfel-departs']);
    expect(composed).to.equal(false);

    const label = byId(el, 'label', 'ctr-lawsuit-filed');
    el.scrollToEvent('ctr-lawsuit-filed');
    await frames();
    const r = label.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(centre2(r))] });
    expect(picks).to.deep.equal(['werfel-departs', 'ctr-lawsuit-filed']);
  });

  it('pans when dragged with a mouse, and a drag picks nothing', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(720);
    const picks: string[] = [];
    el.addEventListener('nt-axis-pick', (e) => picks.push((e as NtAxisPickEvent).detail.id));
    const vp = viewport(el);
    expect(vp.scrollLeft).to.equal(0);
    const label = byId(el, 'label', 'irs-rejects-700k-request').getBoundingClientRect();
    const [x, y] = [Math.round(label.left + 30), Math.round(centre2(label))];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 6; step++) {
      await sendMouse({ type: 'move', position: [x - step * 50, y] });
    }
    await sendMouse({ type: 'up' });
    expect(vp.scrollLeft).to.be.within(295, 305);
    // Back onto the label it started on: still a drag, not a pick.
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 200, y] });
    await sendMouse({ type: 'move', position: [x - 300, y] });
    await sendMouse({ type: 'up' });
    expect(vp.scrollLeft).to.be.within(295, 305);
    await frames();
    expect(picks).to.deep.equal([]);
  });

  it('still picks on a click that wobbles by a pixel or two', async () => {
    const el = await mount(720);
    const picks: string[] = [];
    el.addEventListener('nt-axis-pick', (e) => picks.push((e as NtAxisPickEvent).detail.id));
    const m = byId(el, 'marker', 'werfel-departs').getBoundingClientRect();
    const [x, y] = [Math.round(centre(m)), Math.round(centre2(m))];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 2, y] });
    await sendMouse({ type: 'up' });
    expect(picks).to.deep.equal(['werfel-departs']);
    expect(viewport(el).scrollLeft).to.equal(0);
  });

  it('scrollToEvent brings a far event into view (at once with reduced motion)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(720);
    const vp = viewport(el).getBoundingClientRect();
    const before = byId(el, 'marker', 'tigta-report').getBoundingClientRect();
    expect(before.left).to.be.greaterThan(vp.right);
    el.scrollToEvent('tigta-report');
    await frames(1);
    const marker = byId(el, 'marker', 'tigta-report').getBoundingClientRect();
    const label = byId(el, 'label', 'tigta-report').getBoundingClientRect();
    for (const r of [marker, label]) {
      expect(r.left).to.be.at.least(vp.left);
      expect(r.right).to.be.at.most(vp.right);
    }
  });

  it('scrollToEvent scrolls smoothly otherwise, and leaves an event in view where it is', async () => {
    const el = await mount(720);
    const vp = viewport(el);
    el.scrollToEvent('werfel-departs');
    await frames();
    expect(vp.scrollLeft).to.equal(0);
    el.scrollToEvent('kollar-kotelly-blocks-sharing');
    await frames(2);
    const early = vp.scrollLeft;
    for (let i = 0; i < 120 && vp.scrollLeft < vp.scrollWidth - vp.clientWidth; i++) {
      const at = vp.scrollLeft;
      await frames(3);
      if (vp.scrollLeft === at && at > 0) break;
    }
    expect(vp.scrollLeft).to.be.greaterThan(early);
    const r = byId(el, 'marker', 'kollar-kotelly-blocks-sharing').getBoundingClientRect();
    const box = vp.getBoundingClientRect();
    expect(r.left).to.be.at.least(box.left);
    expect(r.right).to.be.at.most(box.right);
  });

  it('is a drawing: hidden from assistive technology, nothing in it takes focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 720px">
        <button id="before">before</button>
        <news-timeline-axis></news-timeline-axis>
        <button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector('news-timeline-axis')!;
    el.events = irsIce.events;
    el.tracks = irsIce.tracks!;
    el.categories = irsIce.categories;
    el.selectedId = 'mou-signed';
    el.activeId = 'krause-departure';
    await el.updateComplete;
    await frames();

    const root = el.shadowRoot!;
    for (const child of root.children) {
      if (child.tagName !== 'STYLE') expect(child.getAttribute('aria-hidden')).to.equal('true');
    }
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      expect(node.tabIndex, node.className).to.be.below(0);
      const interactive = 'a[href], button, input, select, textarea, [contenteditable]';
      expect(node.matches(interactive)).to.equal(false);
    }
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');

    // A click does not move focus into the drawing.
    const m = byId(el, 'marker', 'werfel-departs').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(centre(m)), Math.round(centre2(m))] });
    expect(root.activeElement).to.equal(null);

    await expect(el).to.be.accessible();
  });

  it('passes axe with lanes="category" too', async () => {
    const el = await mount(1024, { lanes: 'category' });
    await expect(el).to.be.accessible();
  });

  it('emphasises key events, and draws the selected and the active event differently', async () => {
    const el = await mount(1024);
    const key = byId(el, 'marker', 'mou-signed').getBoundingClientRect();
    const plain = byId(el, 'marker', 'werfel-departs').getBoundingClientRect();
    expect(key.width).to.be.greaterThan(plain.width);
    expect(key.height).to.be.greaterThan(plain.height);
    expect(getComputedStyle(byId(el, 'label', 'mou-signed')).fontWeight).to.equal('700');
    expect(getComputedStyle(byId(el, 'label', 'werfel-departs')).fontWeight).to.equal('400');

    const target = byId(el, 'marker', 'ctr-lawsuit-filed');
    const look = (node: HTMLElement) => {
      const s = getComputedStyle(node);
      return [s.boxShadow, s.backgroundColor, s.outlineStyle].join('|');
    };
    const before = look(target);
    const labelBefore = getComputedStyle(byId(el, 'label', 'ctr-lawsuit-filed')).backgroundColor;
    el.selectedId = 'ctr-lawsuit-filed';
    await el.updateComplete;
    expect(look(target)).to.not.equal(before);
    expect(getComputedStyle(byId(el, 'label', 'ctr-lawsuit-filed')).backgroundColor).to.not.equal(
      labelBefore,
    );

    el.activeId = 'odonnell-retirement';
    await el.updateComplete;
    const active = getComputedStyle(byId(el, 'marker', 'odonnell-retirement'));
    expect(active.outlineStyle).to.equal('solid');
    expect(parseFloat(active.outlineWidth)).to.be.at.least(2);
    const background = getComputedStyle(el).getPropertyValue('--_ax-bg').trim();
    const probe = document.createElement('div');
    probe.style.color = background;
    document.body.append(probe);
    const bg = getComputedStyle(probe).color;
    probe.remove();
    expect(contrast(active.outlineColor, bg)).to.be.at.least(3);
  });

  it('follows the host’s colour tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div
        style="width: 720px; --_color-background: rgb(22, 24, 27); --_color-text: rgb(236, 238, 241); --_palette-1: rgb(127, 176, 255)"
      >
        <news-timeline-axis></news-timeline-axis>
      </div>`,
    );
    const el = wrapper.querySelector('news-timeline-axis')!;
    el.events = irsIce.events;
    el.categories = irsIce.categories;
    await el.updateComplete;
    const label = getComputedStyle(byId(el, 'label', 'werfel-departs'));
    expect(label.color).to.equal('rgb(236, 238, 241)');
    expect(label.backgroundColor).to.equal('rgb(22, 24, 27)');
    // "agreement" is the first category: the first colour of the palette.
    expect(getComputedStyle(byId(el, 'marker', 'mou-signed')).backgroundColor).to.equal(
      'rgb(127, 176, 255)',
    );
  });

  it('draws nothing it cannot place, and survives no data', async () => {
    const el = await fixture<NewsTimelineAxis>(html`<news-timeline-axis></news-timeline-axis>`);
    expect(parts(el, 'marker')).to.have.length(0);
    expect(parts(el, 'axis')).to.have.length(1);
    el.events = [irsIce.events[0]!];
    await el.updateComplete;
    expect(parts(el, 'marker')).to.have.length(1);
    expect(parts(el, 'label')).to.have.length(1);
  });
});

function centre2(r: DOMRect): number {
  return r.top + r.height / 2;
}
