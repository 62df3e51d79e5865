import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DAY_MS, longGaps } from './gaps.js';
import { eventPeriod, toPeriods } from './periods.js';
import type { TimeInput } from './periods.js';
import { compressGaps } from './time-scale.js';
import type { CompressGapsOptions, GapScale } from './time-scale.js';

// The IRS story's dates, in the data's order (a month sorts after the days of its month).
const IRS = [
  '2025-01-20', '2025-02-17', '2025-02-25', '2025-02', '2025-03', '2025-04-07', '2025-04-08',
  '2025-04-15', '2025-04-18', '2025-05-12', '2025-05-13', '2025-05-21', '2025-06-12',
  '2025-06-16', '2025-08-07', '2025-08-08', '2025-08-20', '2025-09', '2025-10-03', '2025-10-06',
  '2025-11-21', '2026-02-05', '2026-02-11', '2026-02-24', '2026-02-26', '2026-06-08',
]; // prettier-ignore
const irs = () => IRS.map((date) => eventPeriod({ date })!);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const day = (d: Date) => d.toISOString().slice(0, 10);
type Row = [string, string, number, number];
/** Asserts pieces as `[start day, end day, x0, x1]` rows, positions to 1e-9 px. */
const expectPieces = (actual: GapScale['segments'], expected: Row[]) => {
  expect(actual.map((p) => [day(p.start), day(p.end)])).to.deep.equal(
    expected.map(([s, e]) => [s, e]),
  );
  actual.forEach((p, i) => {
    expect(p.x0, `x0 of ${i}`).to.be.closeTo(expected[i]![2], 1e-9);
    expect(p.x1, `x1 of ${i}`).to.be.closeTo(expected[i]![3], 1e-9);
  });
};

describe('compressGaps(events, range, options)', () => {
  describe('the IRS story at 1,000 px', () => {
    // Kept: 148 + 107 + 22 + 1 = 278 days share 1000 - 3 × 24 = 928 px.
    const k = 928 / 278;
    const s1 = 148 * k;
    const s2 = s1 + 24 + 107 * k;
    const s3 = s2 + 24 + 22 * k;

    it('cuts the gaps of 51, 75 and 101 days into 24 px breaks', () => {
      const scale = compressGaps(irs(), [0, 1000]);
      expectPieces(scale.breaks, [
        ['2025-06-17', '2025-08-07', s1, s1 + 24],
        ['2025-11-22', '2026-02-05', s2, s2 + 24],
        ['2026-02-27', '2026-06-08', s3, s3 + 24],
      ]);
    });

    it('gives the four segments the rest of the width in proportion to their days', () => {
      const scale = compressGaps(irs(), [0, 1000]);
      expectPieces(scale.segments, [
        ['2025-01-20', '2025-06-17', 0, s1],
        ['2025-08-07', '2025-11-22', s1 + 24, s2],
        ['2026-02-05', '2026-02-27', s2 + 24, s3],
        ['2026-06-08', '2026-06-09', s3 + 24, 1000],
      ]);
      expect(scale.pxPerMs * DAY_MS).to.be.closeTo(k, 1e-12);
      expect(s1).to.be.closeTo(494.0431654676259, 1e-9);
    });

    it('places the events to scale within a segment, and across a break by the break', () => {
      const scale = compressGaps(irs(), [0, 1000]);
      expect(scale.x(utc('2025-01-20'))).to.equal(0);
      expect(scale.x(utc('2025-04-07'))).to.be.closeTo(77 * k, 1e-9);
      expect(scale.x(utc('2025-08-07'))).to.be.closeTo(s1 + 24, 1e-9);
      expect(scale.x(utc('2025-10-03'))).to.be.closeTo(s1 + 24 + 57 * k, 1e-9);
      expect(scale.x(utc('2026-06-08'))).to.be.closeTo(s3 + 24, 1e-9);
      expect(scale.x(utc('2026-06-09'))).to.equal(1000);
      expect(scale.domain.map(day)).to.deep.equal(['2025-01-20', '2026-06-09']);
      expect(scale.range).to.deep.equal([0, 1000]);
    });

    it('moves linearly across a break', () => {
      const scale = compressGaps(irs(), [0, 1000]);
      // 2025-11-22 → 2026-02-05 is 75 days; 30 days in is 40% of the break.
      expect(scale.x(utc('2025-12-22'))).to.be.closeTo(s2 + 0.4 * 24, 1e-9);
    });

    it('inverts positions back to dates, in segments and in breaks', () => {
      const scale = compressGaps(irs(), [0, 1000]);
      for (const iso of ['2025-01-20', '2025-04-07', '2025-12-22', '2026-02-11', '2026-06-09']) {
        expect(Math.abs(+scale.invert(scale.x(utc(iso))) - +utc(iso)), iso).to.be.below(1);
      }
      expect(+scale.invert(-k)).to.be.closeTo(+utc('2025-01-19'), 1);
    });

    it('keeps one to-scale segment with gaps: "linear"', () => {
      const scale = compressGaps(irs(), [0, 1000], { gaps: 'linear' });
      expect(scale.breaks).to.deep.equal([]);
      expectPieces(scale.segments, [['2025-01-20', '2026-06-09', 0, 1000]]);
      expect(scale.x(utc('2025-08-07'))).to.be.closeTo((199 / 505) * 1000, 1e-9);
    });

    it('keeps a gap when its break would be wider than the gap (100 px)', () => {
      // At 100 px even the 101-day gap is < 20 px to scale: cutting it would widen it.
      const scale = compressGaps(irs(), [0, 100]);
      expect(scale.breaks).to.deep.equal([]);
      expect(scale.segments).to.have.length(1);
    });

    it('drops only the gaps not worth cutting (300 px)', () => {
      // 3 breaks: k = 228 / 278 px/day, the 51-day gap is 41.8 px > 24: all kept at 300 px...
      expect(compressGaps(irs(), [0, 300]).breaks).to.have.length(3);
      // ...at 150 px the 51 and 75-day gaps are too short; the 101-day gap stays cut.
      const scale = compressGaps(irs(), [0, 150]);
      expect(scale.breaks.map((b) => day(b.start))).to.deep.equal(['2026-02-27']);
      expect(scale.pxPerMs * DAY_MS).to.be.closeTo(126 / 404, 1e-12);
    });

    it('leaves padding at both ends', () => {
      const scale = compressGaps(irs(), [0, 1000], { padding: 20 });
      expect(scale.range).to.deep.equal([20, 980]);
      expect(scale.x(utc('2025-01-20'))).to.equal(20);
      expect(scale.x(utc('2026-06-09'))).to.equal(980);
      expect(scale.pxPerMs * DAY_MS).to.be.closeTo(888 / 278, 1e-12);
    });
  });

  describe('three clusters ten years apart', () => {
    const clusters = ['2000-01-01', '2000-01-02', '2000-01-03']
      .concat(['2010-01-01', '2010-01-02', '2010-01-03'])
      .concat(['2020-01-01', '2020-01-02', '2020-01-03'])
      .map((date) => eventPeriod({ date })!);

    it('shrinks the breaks to half the width when the range is narrower than them', () => {
      // 2 breaks of 24 px would take 48 of 60 px: each gets 60 / 4 = 15 px.
      const scale = compressGaps(clusters, [0, 60]);
      expect(scale.breaks.map((b) => [b.x0, b.x1])).to.deep.equal([
        [10, 25],
        [35, 50],
      ]);
      expect(scale.segments.map((s) => [s.x0, s.x1])).to.deep.equal([
        [0, 10],
        [25, 35],
        [50, 60],
      ]);
    });

    it('disables compression with breakWidth 0', () => {
      expect(compressGaps(clusters, [0, 60], { breakWidth: 0 }).breaks).to.deep.equal([]);
    });

    it('ignores the order of its input', () => {
      const scale = compressGaps(clusters.slice().reverse(), [0, 60]);
      expect(scale.breaks.map((b) => [b.x0, b.x1])).to.deep.equal([
        [10, 25],
        [35, 50],
      ]);
    });
  });

  describe('edge cases', () => {
    it('uses d3’s default domain for no events, without reading the clock', () => {
      const scale = compressGaps([], [0, 100]);
      expect(scale.domain.map(day)).to.deep.equal(['2000-01-01', '2000-01-02']);
      expect(scale.x(utc('2000-01-01'))).to.equal(0);
      expect(scale.x(Date.UTC(2000, 0, 1, 12))).to.equal(50);
      expect(scale.breaks).to.deep.equal([]);
    });

    it('spreads one day-precision event over the range', () => {
      const scale = compressGaps([eventPeriod({ date: '2025-04-07' })!], [0, 240]);
      expect(scale.x(utc('2025-04-07'))).to.equal(0);
      expect(scale.x(Date.UTC(2025, 3, 7, 6))).to.equal(60);
      expect(scale.x(utc('2025-04-08'))).to.equal(240);
    });

    it('puts a single instant mid-range', () => {
      const scale = compressGaps([utc('2025-04-07')], [0, 240]);
      expect(scale.x(utc('2025-04-07'))).to.equal(120);
      expect(scale.x(utc('2030-01-01'))).to.equal(120);
      expect(scale.pxPerMs).to.equal(0);
      expect(day(scale.invert(0))).to.equal('2025-04-07');
    });

    it('keeps one segment when all events are on the same day', () => {
      const scale = compressGaps(
        ['2025-04-07', '2025-04-07', '2025-04-07'].map((date) => eventPeriod({ date })!),
        [0, 500],
      );
      expectPieces(scale.segments, [['2025-04-07', '2025-04-08', 0, 500]]);
      expect(scale.breaks).to.deep.equal([]);
    });

    it('stays linear when only instants would be left (no time to scale)', () => {
      const d = +utc('2025-01-01');
      const scale = compressGaps([d, d, d, d + 100 * DAY_MS], [0, 1000]);
      expect(scale.breaks).to.deep.equal([]);
      expect(scale.x(d + 50 * DAY_MS)).to.equal(500);
    });

    it('maps everything to one point for a zero-width range', () => {
      const scale = compressGaps(irs(), [300, 300]);
      expect(scale.breaks).to.deep.equal([]);
      expect(scale.x(utc('2025-08-07'))).to.equal(300);
    });

    it('extends beyond the domain at the segments’ px-per-ms', () => {
      const scale = compressGaps(irs(), [0, 1000]);
      expect(scale.x(utc('2026-06-19'))).to.be.closeTo(1000 + 10 * (928 / 278), 1e-9);
      expect(scale.x(utc('2025-01-10'))).to.be.closeTo(-10 * (928 / 278), 1e-9);
    });

    it('neither changes its input nor depends on the pieces it returns', () => {
      const events = irs();
      const before = JSON.stringify(events);
      const scale = compressGaps(events, [0, 1000]);
      expect(JSON.stringify(events)).to.equal(before);
      const x = scale.x(utc('2025-10-03'));
      scale.segments[1]!.x0 = -1;
      scale.segments[1]!.start.setUTCFullYear(1900);
      expect(scale.x(utc('2025-10-03'))).to.equal(x);
    });
  });

  describe('properties', () => {
    const BASE = Date.UTC(1990, 0, 1);
    // Events a few days apart with, now and then, a long silence: what news timelines look like.
    const arbEvents = fc
      .array(
        fc.record({
          gap: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4000 })),
          kind: fc.constantFrom('day', 'day', 'month', 'span', 'instant'),
          length: fc.integer({ min: 0, max: 400 }),
        }),
        { maxLength: 60, size: 'max' },
      )
      .map((raw) => {
        let t = BASE;
        return raw.map(({ gap, kind, length }): TimeInput => {
          t += gap * DAY_MS;
          const iso = new Date(t).toISOString();
          if (kind === 'instant') return new Date(t);
          if (kind === 'month') return eventPeriod({ date: iso.slice(0, 7) })!;
          const end = new Date(t + length * DAY_MS).toISOString().slice(0, 10);
          return eventPeriod({ date: iso.slice(0, 10), end: kind === 'span' ? end : undefined })!;
        });
      });
    const arbOptions: fc.Arbitrary<CompressGapsOptions> = fc.record({
      gaps: fc.constantFrom('compress' as const, 'compress' as const, 'linear' as const),
      ratio: fc.constantFrom(1, 2, 3, 5),
      minGapDays: fc.integer({ min: 0, max: 120 }),
      breakWidth: fc.integer({ min: 1, max: 60 }),
      padding: fc.integer({ min: 0, max: 40 }),
    });
    const arbRange = fc
      .tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 320, max: 2000 }))
      .map(([x0, width]): [number, number] => [x0, x0 + width]);
    // Fractions of the domain, turned into whole days inside it.
    const arbAt = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      maxLength: 40,
      size: 'max',
    });
    const daysIn = (scale: GapScale, fractions: number[]) => {
      const [d0, d1] = scale.domain.map(Number) as [number, number];
      const n = Math.floor((d1 - d0) / DAY_MS);
      const edges = [...scale.segments, ...scale.breaks].flatMap((p) => [+p.start, +p.end]);
      const all = fractions.map((f) => d0 + Math.round(f * n) * DAY_MS).concat(edges, d0, d1);
      return [...new Set(all)].sort((a, b) => a - b);
    };
    const run = { numRuns: 1000, seed: 1 };

    it('generates compressed scales often enough to test them', () => {
      const cases = fc.sample(fc.tuple(arbEvents, arbRange, arbOptions), {
        numRuns: 1000,
        seed: 1,
      });
      const scales = cases.map(([events, range, options]) => compressGaps(events, range, options));
      const withBreaks = scales.filter((s) => s.breaks.length > 0).length;
      const withSeveral = scales.filter((s) => s.breaks.length > 2).length;
      expect(withBreaks, 'scales with breaks').to.be.above(300);
      expect(withSeveral, 'scales with 3+ breaks').to.be.above(100);
    });

    it('is strictly increasing over the domain, breaks included (1,000 runs)', () => {
      fc.assert(
        fc.property(arbEvents, arbRange, arbOptions, arbAt, (events, range, options, at) => {
          const scale = compressGaps(events, range, options);
          const xs = daysIn(scale, at).map(scale.x);
          return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
        }),
        run,
      );
    });

    it('is to scale within every segment, at one px-per-ms (1,000 runs)', () => {
      fc.assert(
        fc.property(arbEvents, arbRange, arbOptions, arbAt, (events, range, options, at) => {
          const scale = compressGaps(events, range, options);
          const k = scale.pxPerMs;
          const ms = daysIn(scale, at);
          return scale.segments.every((s) => {
            const inside = ms.filter((t) => t >= +s.start && t <= +s.end);
            return inside.every((t, i) => {
              if (i === 0) return true;
              const dt = t - inside[0]!;
              const dx = scale.x(t) - scale.x(inside[0]!);
              return Math.abs(dx - k * dt) <= 1e-6 * k * dt;
            });
          });
        }),
        run,
      );
    });

    it('stays within the range, which segments and breaks tile (1,000 runs)', () => {
      fc.assert(
        fc.property(arbEvents, arbRange, arbOptions, arbAt, (events, range, options, at) => {
          const scale = compressGaps(events, range, options);
          const [lo, hi] = scale.range;
          const padding = options.padding!;
          const inRange = daysIn(scale, at).every((t) => scale.x(t) >= lo && scale.x(t) <= hi);
          const all = [...scale.segments, ...scale.breaks].sort((a, b) => +a.start - +b.start);
          // a domain of one instant sits mid-range
          const point = +scale.domain[0] === +scale.domain[1];
          const [first, last] = point ? [(lo + hi) / 2, (lo + hi) / 2] : [lo, hi];
          const tiled = all.every(
            (p, i) =>
              i === 0 || (p.x0 === all[i - 1]!.x1 && +p.start === +all[i - 1]!.end && p.x1 >= p.x0),
          );
          return (
            inRange &&
            tiled &&
            lo === range[0] + padding &&
            hi === range[1] - padding &&
            all[0]!.x0 === first &&
            all[all.length - 1]!.x1 === last &&
            +all[0]!.start === +scale.domain[0] &&
            +all[all.length - 1]!.end === +scale.domain[1]
          );
        }),
        run,
      );
    });

    it('cuts only long empty gaps, each into a break narrower than the gap (1,000 runs)', () => {
      fc.assert(
        fc.property(arbEvents, arbRange, arbOptions, (events, range, options) => {
          const scale = compressGaps(events, range, options);
          if (options.gaps === 'linear') return scale.breaks.length === 0;
          const long = longGaps(toPeriods(events), options).map((g) => `${g.start}-${g.end}`);
          const width = scale.range[1] - scale.range[0];
          return scale.breaks.every((b) => {
            const bw = b.x1 - b.x0;
            return (
              long.includes(`${+b.start}-${+b.end}`) &&
              bw > 0 &&
              bw <= options.breakWidth! + 1e-9 &&
              bw <= width / (2 * scale.breaks.length) + 1e-9 &&
              (+b.end - +b.start) * scale.pxPerMs > bw
            );
          });
        }),
        run,
      );
    });
  });
});
