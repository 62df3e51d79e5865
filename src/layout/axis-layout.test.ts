import { expect } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import fc from 'fast-check';
import { irsIce } from '../datasets/irs-ice.js';
import type { TimelineEvent } from '../data/types.js';
import { layoutAxis, type AxisLayout, type AxisLayoutInput } from './axis-layout.js';
import { TICK_SIZE, fontOf, type MeasureText } from './axis-metrics.js';
import { DAY_MS } from './gaps.js';
import { eventPeriod } from './periods.js';

/** A fixed-width font: every character is 0.6 em wide, bold or not. */
const mono: MeasureText = (text, font) => [...text].length * font.size * 0.6;

const irs = (width: number, more: Partial<AxisLayoutInput> = {}): AxisLayout =>
  layoutAxis({
    events: irsIce.events,
    tracks: irsIce.tracks,
    categories: irsIce.categories,
    width,
    measure: mono,
    ...more,
  });

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function labelBoxes(layout: AxisLayout): Box[] {
  const h = layout.metrics.labelH;
  return layout.labels.map((l) => ({
    left: l.left,
    right: l.left + l.width,
    top: l.top,
    bottom: l.top + h,
  }));
}

function tickBoxes(layout: AxisLayout): Box[] {
  const font = fontOf(layout.metrics.em, TICK_SIZE);
  return layout.ticks.map((t) => ({
    left: t.labelLeft,
    right: t.labelLeft + mono(t.text, font),
    top: 0,
    bottom: 1,
  }));
}

/** The time a marker stands for: the middle of a day, the start of a month's band. */
const anchorTime = (e: TimelineEvent) =>
  +eventPeriod(e)!.start + (e.precision === 'day' ? DAY_MS / 2 : 0);

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** The layout as JSON, positions rounded to 0.01 px so that engines' last digits never differ. */
function snapshotOf(layout: AxisLayout): string {
  return JSON.stringify(
    layout,
    (_key, value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value),
    1,
  );
}

describe('layoutAxis(input)', () => {
  describe('the IRS story', () => {
    for (const width of [720, 1024, 1440]) {
      it(`matches its JSON snapshot at ${width} px`, async () => {
        await compareSnapshot({ name: `irs-ice-${width}`, content: snapshotOf(irs(width)) });
      });
    }

    it('places one marker per event, in the order of their dates', () => {
      const layout = irs(1280);
      expect(layout.markers.map((m) => m.id).sort()).to.deep.equal(
        irsIce.events.map((e) => e.id).sort(),
      );
      const x = new Map(layout.markers.map((m) => [m.id, m.x]));
      const byTime = [...irsIce.events].sort((a, b) => anchorTime(a) - anchorTime(b));
      for (let i = 1; i < byTime.length; i++) {
        expect(x.get(byTime[i]!.id)!).to.be.at.least(x.get(byTime[i - 1]!.id)!);
      }
    });

    it('labels every key event, and no label overlaps another', () => {
      const layout = irs(1280);
      const labelled = new Set(layout.labels.map((l) => l.id));
      for (const e of irsIce.events.filter((e) => e.key))
        expect(labelled.has(e.id), e.id).to.equal(true);
      for (const [a, b] of pairs(labelBoxes(layout))) expect(overlaps(a, b)).to.equal(false);
    });

    it('draws the leadership track with Werfel cut at the left edge and Bessent open', () => {
      const [track] = irs(1280).tracks;
      expect(track!.spans[0]).to.include({ cut: true, x0: 0, note: 'since March 2023' });
      expect(track!.spans.at(-1)).to.include({ open: true, x1: 1280 });
    });

    it('cuts the three long gaps into breaks, marked on the axis and on the track’s bar', () => {
      const layout = irs(1280);
      expect(layout.breaks).to.have.length(3);
      for (const b of layout.breaks) expect(b.marks[0]).to.equal(layout.axisY);
    });

    it('keeps the plot as wide as the box when the days fit, and says so in `view`', () => {
      const layout = irs(1280);
      expect(layout.width).to.equal(1280);
      expect(layout.view).to.equal(1280);
    });

    it('puts each category in its own row with lanes: "category"', () => {
      const layout = irs(1280, { lanes: 'category' });
      expect(layout.rows.map((r) => r.category)).to.deep.equal(
        irsIce.categories
          .filter((c) => irsIce.events.some((e) => e.category === c.id))
          .map((c) => c.id),
      );
      for (const m of layout.markers) {
        const row = layout.rows.find(
          (r) => r.category === irsIce.events.find((e) => e.id === m.id)!.category,
        );
        expect(m.y).to.equal(row!.lineY);
      }
    });

    it('writes tick labels in the locale, in UTC', () => {
      const texts = irs(1280, { locale: 'de-DE' }).ticks.map((t) => t.text);
      // The first tick is the story's first day, 20 January 2025, written the German way.
      expect(texts[0]).to.equal('20. Jan.');
      for (const t of texts) expect(t).not.to.match(/Jan |Feb |Mar |Apr |May |Jun |Oct |Dec /);
    });

    it('takes the words on the bars from strings', () => {
      const layout = irs(1280, {
        strings: { since: (d) => `desde ${d}`, openEnd: 'sin fecha de fin →' },
        locale: 'es',
      });
      expect(layout.tracks[0]!.spans[0]!.note).to.equal('desde marzo de 2023');
    });
  });

  it('lays out no events as an empty plot, without reading the clock', () => {
    const layout = layoutAxis({ events: [], width: 800, measure: mono });
    expect(layout.markers).to.deep.equal([]);
    expect(layout.width).to.equal(800);
  });

  it('never changes its input', () => {
    const events = structuredClone(irsIce.events);
    const before = JSON.stringify(events);
    layoutAxis({ events, tracks: irsIce.tracks, width: 1024, measure: mono });
    expect(JSON.stringify(events)).to.equal(before);
  });

  describe('properties (fast-check, fixed seeds)', () => {
    // Stories of every shape: steps of nothing (same minute), minutes, days, years or decades
    // between events, at any of the four precisions.
    const MINUTE = 60_000;
    const step = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 90 }).map((n) => n * MINUTE),
      fc.integer({ min: 0, max: 40 }).map((n) => n * DAY_MS),
      fc.integer({ min: 1, max: 40 }).map((n) => n * 365 * DAY_MS),
    );
    const raw = fc.record({
      step,
      precision: fc.constantFrom('minute', 'day', 'day', 'month', 'year'),
      key: fc.boolean(),
      title: fc.string({ minLength: 1, maxLength: 60 }),
      category: fc.constantFrom('a', 'b', 'c'),
    });
    const FORMS = { minute: 16, day: 10, month: 7, year: 4 } as const;
    type Raw = { step: number; precision: string; key: boolean; title: string; category: string };
    const toEvents = (list: Raw[]) => {
      let t = Date.UTC(1950, 0, 1);
      return list
        .map(({ step, precision, ...rest }, i): TimelineEvent => {
          t = Math.min(t + step, Date.UTC(2400, 0, 1));
          const p = precision as keyof typeof FORMS;
          const iso = new Date(t).toISOString().slice(0, FORMS[p]);
          const date = p === 'minute' ? `${iso}Z` : iso;
          return { ...rest, precision: p, date, id: `e${i}`, summary: '', sources: [] };
        })
        .sort((a, b) => anchorTime(a) - anchorTime(b));
    };
    const dataset = fc.array(raw, { minLength: 1, maxLength: 60 }).map(toEvents);
    const bigDataset = fc.array(raw, { minLength: 1000, maxLength: 2000 }).map(toEvents);
    const inputOf = (events: fc.Arbitrary<TimelineEvent[]>) =>
      fc.record({
        events,
        width: fc.constantFrom(720, 1024, 1440),
        lanes: fc.constantFrom('auto' as const, 'category' as const),
        gaps: fc.constantFrom('compress' as const, 'linear' as const),
      });
    const input = inputOf(dataset);
    const categories = ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase() }));
    type Input = {
      events: TimelineEvent[];
      width: number;
      lanes: 'auto' | 'category';
      gaps: 'compress' | 'linear';
    };
    const lay = (i: Input) => layoutAxis({ ...i, categories, measure: mono });

    /** Every event placed, in date order, inside the plot. */
    const placesAll = (i: Input, layout: AxisLayout) => {
      expect(layout.markers).to.have.length(i.events.length);
      const x = new Map(layout.markers.map((m) => [m.id, m.x]));
      i.events.forEach((e, k) => {
        const here = x.get(e.id)!;
        expect(here).to.be.within(0, layout.width);
        if (k > 0) expect(here).to.be.at.least(x.get(i.events[k - 1]!.id)! - 1e-6);
      });
    };
    /** No two labels overlap; every label inside the plot. */
    const labelsApart = (layout: AxisLayout) => {
      const boxes = labelBoxes(layout);
      for (const b of boxes)
        expect(b.left >= -1e-9 && b.right <= layout.width + 1e-9).to.equal(true);
      for (const [a, b] of pairs(boxes)) expect(overlaps(a, b)).to.equal(false);
    };
    /** Every event labelled or counted, once. */
    const namesAll = (i: Input, layout: AxisLayout) => {
      const named = layout.labels.flatMap((l) => (l.text ? [l.id, ...l.more] : l.more));
      expect(named.slice().sort()).to.deep.equal(i.events.map((e) => e.id).sort());
    };
    /** No stem crosses the text of a label between it and its marker. */
    const stemsClear = (layout: AxisLayout) => {
      for (const a of layout.labels) {
        for (const b of layout.labels) {
          // a's stem runs down past b only when b is between a and a's marker.
          if (a === b || b.top <= a.top || b.top >= a.stem.bottom) continue;
          const [l, r] = b.flip ? [4, 6] : [6, 4];
          const crosses = a.stem.x > b.left + l && a.stem.x < b.left + b.width - r;
          expect(crosses, `${a.id}'s stem crosses ${b.id}`).to.equal(false);
        }
      }
    };
    /** Ticks inside the range; no tick label overlaps another, nor a band's name another. */
    const axisApart = (layout: AxisLayout) => {
      for (const t of layout.ticks) expect(t.x).to.be.within(0, layout.width);
      for (const [a, b] of pairs(tickBoxes(layout))) expect(overlaps(a, b)).to.equal(false);
      const font = fontOf(layout.metrics.em, TICK_SIZE);
      for (const y of layout.years.filter((y) => y.text)) {
        expect(y.x0 + mono(y.text, font), `band ${y.text}`).to.be.at.most(y.x1 + 1e-9);
      }
    };

    it('places every event, markers in date order, inside the plot (300 runs)', () => {
      fc.assert(
        fc.property(input, (i) => placesAll(i, lay(i))),
        { seed: 20251121, numRuns: 300 },
      );
    });

    it('never overlaps two labels, and keeps them inside the plot (300 runs)', () => {
      fc.assert(
        fc.property(input, (i) => labelsApart(lay(i))),
        { seed: 20250407, numRuns: 300 },
      );
    });

    it('labels or counts every event exactly once (300 runs)', () => {
      fc.assert(
        fc.property(input, (i) => namesAll(i, lay(i))),
        { seed: 20250808, numRuns: 300 },
      );
    });

    it('never runs a stem across another label’s text (300 runs)', () => {
      fc.assert(
        fc.property(input, (i) => stemsClear(lay(i))),
        { seed: 20251003, numRuns: 300 },
      );
    });

    it('keeps ticks inside the range, and no axis label over another (300 runs)', () => {
      fc.assert(
        fc.property(input, (i) => axisApart(lay(i))),
        { seed: 20250512, numRuns: 300 },
      );
    });

    it('holds all of the above for 1,000 to 2,000 events (12 runs)', function () {
      this.timeout(120_000);
      fc.assert(
        fc.property(inputOf(bigDataset), (i) => {
          const layout = lay(i);
          placesAll(i, layout);
          labelsApart(layout);
          namesAll(i, layout);
          stemsClear(layout);
          axisApart(layout);
        }),
        { seed: 20260226, numRuns: 12 },
      );
    });
  });
});
