import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DAY_MS, emptyGaps, longGaps, median } from './gaps.js';
import { eventPeriod, toPeriods } from './periods.js';

// The IRS story's dates, in the data's order (a month sorts after the days of its month).
const IRS = [
  '2025-01-20', '2025-02-17', '2025-02-25', '2025-02', '2025-03', '2025-04-07', '2025-04-08',
  '2025-04-15', '2025-04-18', '2025-05-12', '2025-05-13', '2025-05-21', '2025-06-12',
  '2025-06-16', '2025-08-07', '2025-08-08', '2025-08-20', '2025-09', '2025-10-03', '2025-10-06',
  '2025-11-21', '2026-02-05', '2026-02-11', '2026-02-24', '2026-02-26', '2026-06-08',
]; // prettier-ignore
const irsPeriods = () => toPeriods(IRS.map((date) => eventPeriod({ date })!));
const days = (g: { start: number; end: number }) => (g.end - g.start) / DAY_MS;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('median(values)', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).to.equal(3);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
    expect(Number.isNaN(median([]))).to.equal(true);
  });
});

describe('emptyGaps(periods)', () => {
  it('measures the empty days between the IRS events, 0 where they overlap or touch', () => {
    expect(emptyGaps(irsPeriods()).map(days)).to.deep.equal([
      11, 0, 0, 0, 6, 0, 6, 2, 23, 0, 7, 21, 3, 51, 0, 11, 11, 2, 2, 45, 75, 5, 12, 1, 101,
    ]);
  });

  it('runs each gap from the latest end so far (a month covers its days)', () => {
    const gaps = emptyGaps(irsPeriods());
    // 2025-02 covers Feb 1 – Mar 1: the days inside it leave no gap, and 2025-03 touches it.
    expect(day(gaps[1]!.start)).to.equal('2025-02-17');
    expect(day(gaps[4]!.start)).to.equal('2025-04-01');
    expect(day(gaps[4]!.end)).to.equal('2025-04-07');
  });

  it('has one gap per pair of consecutive periods, none negative (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 1e6 }), len: fc.nat(1e5) })),
        (raw) => {
          const periods = toPeriods(raw.map(({ start, len }) => ({ start, end: start + len })));
          const gaps = emptyGaps(periods);
          return (
            gaps.length === Math.max(0, periods.length - 1) &&
            gaps.every((g, i) => g.end === periods[i + 1]!.start && g.start <= g.end) &&
            // no period overlaps the inside of a gap of positive length
            gaps.every(
              (g) =>
                g.start === g.end || periods.every((p) => p.end <= g.start || p.start >= g.end),
            ) &&
            // and a gap is empty only when the next period starts inside the time covered
            gaps.every(
              (g, i) => g.start < g.end || periods.slice(0, i + 1).some((p) => p.end >= g.end),
            )
          );
        },
      ),
      { numRuns: 1000, seed: 1 },
    );
  });
});

describe('longGaps(periods, options)', () => {
  it('cuts the three IRS gaps longer than 45 days (the median gap is 6 days)', () => {
    expect(median(emptyGaps(irsPeriods()).map(days))).to.equal(6);
    const gaps = longGaps(irsPeriods());
    expect(gaps.map((g) => [day(g.start), day(g.end), days(g)])).to.deep.equal([
      ['2025-06-17', '2025-08-07', 51],
      ['2025-11-22', '2026-02-05', 75],
      ['2026-02-27', '2026-06-08', 101],
    ]);
  });

  it('needs a gap strictly longer than minGapDays (45 days is not cut)', () => {
    expect(longGaps(irsPeriods(), { minGapDays: 44 }).map(days)).to.deep.equal([51, 45, 75, 101]);
  });

  it('needs a gap longer than ratio × the median', () => {
    // 3 × 6 = 18 days when minGapDays does not bind
    expect(longGaps(irsPeriods(), { minGapDays: 0 }).map(days)).to.deep.equal([
      23, 21, 51, 45, 75, 101,
    ]);
    expect(longGaps(irsPeriods(), { minGapDays: 0, ratio: 12 }).map(days)).to.deep.equal([75, 101]);
  });

  it('finds nothing for fewer than two periods', () => {
    expect(longGaps([])).to.deep.equal([]);
    expect(longGaps([{ start: 0, end: DAY_MS }])).to.deep.equal([]);
  });
});
