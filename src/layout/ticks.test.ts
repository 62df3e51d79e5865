import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DAY_MS } from './gaps.js';
import { eventPeriod } from './periods.js';
import type { TimeInput } from './periods.js';
import { compressGaps } from './time-scale.js';
import type { CompressGapsOptions } from './time-scale.js';
import { timeTicks } from './ticks.js';

// The IRS story's dates, in the data's order (a month sorts after the days of its month).
const IRS = [
  '2025-01-20', '2025-02-17', '2025-02-25', '2025-02', '2025-03', '2025-04-07', '2025-04-08',
  '2025-04-15', '2025-04-18', '2025-05-12', '2025-05-13', '2025-05-21', '2025-06-12',
  '2025-06-16', '2025-08-07', '2025-08-08', '2025-08-20', '2025-09', '2025-10-03', '2025-10-06',
  '2025-11-21', '2026-02-05', '2026-02-11', '2026-02-24', '2026-02-26', '2026-06-08',
]; // prettier-ignore
const irsScale = () =>
  compressGaps(
    IRS.map((date) => eventPeriod({ date })!),
    [0, 1000],
  );
const day = (d: Date) => d.toISOString().slice(0, 10);

describe('timeTicks(scale, { minSpacing })', () => {
  describe('the IRS story at 1,000 px (3.34 px a day)', () => {
    it('ticks months when a month (≥ 93 px) is the finest interval that fits 60 px', () => {
      const { interval, step, ticks } = timeTicks(irsScale(), { minSpacing: 60 });
      expect([interval, step]).to.deep.equal(['month', 1]);
      // None in the 22-day and 1-day segments, none in the breaks.
      expect(ticks.map((t) => day(t.date))).to.deep.equal([
        '2025-02-01',
        '2025-03-01',
        '2025-04-01',
        '2025-05-01',
        '2025-06-01',
        '2025-09-01',
        '2025-10-01',
        '2025-11-01',
      ]);
      const scale = irsScale();
      for (const t of ticks) expect(t.x).to.equal(scale.x(t.date));
    });

    it('ticks Mondays when a week (23.4 px) fits 20 px', () => {
      const { interval, ticks } = timeTicks(irsScale(), { minSpacing: 20 });
      expect(interval).to.equal('week');
      expect(ticks.every((t) => t.date.getUTCDay() === 1)).to.equal(true);
      expect(day(ticks[0]!.date)).to.equal('2025-01-20');
      expect(day(ticks[ticks.length - 1]!.date)).to.equal('2026-06-08');
      // 22 Mondays in Jan 20 – Jun 16, 15 in Aug 11 – Nov 17, 3 in February, June 8
      expect(ticks).to.have.length(22 + 15 + 3 + 1);
    });

    it('ticks quarters when a month (93 px) does not fit 100 px', () => {
      const { interval, ticks } = timeTicks(irsScale(), { minSpacing: 100 });
      expect(interval).to.equal('quarter');
      expect(ticks.map((t) => day(t.date))).to.deep.equal(['2025-04-01', '2025-10-01']);
    });

    it('ticks days when a day (3.34 px) fits 3 px', () => {
      const { interval, ticks } = timeTicks(irsScale(), { minSpacing: 3 });
      expect(interval).to.equal('day');
      // every day of the segments, both ends included: 149 + 108 + 23 + 2
      expect(ticks).to.have.length(149 + 108 + 23 + 2);
    });
  });

  it('ticks every 10th year over 30 years at 320 px (a year is 10.7 px)', () => {
    const scale = compressGaps(
      [eventPeriod({ date: '1990-01-01' })!, eventPeriod({ date: '2019-12-31' })!],
      [0, 320],
    );
    const { interval, step, ticks } = timeTicks(scale, { minSpacing: 64 });
    expect([interval, step]).to.deep.equal(['year', 10]);
    expect(ticks.map((t) => day(t.date))).to.deep.equal([
      '1990-01-01',
      '2000-01-01',
      '2010-01-01',
      '2020-01-01',
    ]);
    expect(timeTicks(scale, { minSpacing: 10 }).interval).to.equal('year');
    expect(timeTicks(scale, { minSpacing: 10 }).step).to.equal(1);
  });

  it('leaves out a tick closer than minSpacing to the one before, across a break', () => {
    const clusters = ['2000-01-01', '2000-01-03', '2010-01-01', '2010-01-03'].map((date) =>
      eventPeriod({ date })!,
    );
    // 6 days share 976 px (162.7 px a day); the break is 24 px.
    const scale = compressGaps(clusters, [0, 1000]);
    const { ticks } = timeTicks(scale, { minSpacing: 30 });
    expect(ticks.map((t) => day(t.date))).to.deep.equal([
      '2000-01-01',
      '2000-01-02',
      '2000-01-03',
      '2000-01-04',
      // 2010-01-01 is 24 px after 2000-01-04, across the break
      '2010-01-02',
      '2010-01-03',
      '2010-01-04',
    ]);
  });

  describe('with times of day (finest: "minute")', () => {
    const evening = (from: string, to: string) =>
      compressGaps([Date.parse(`${from}Z`), Date.parse(`${to}Z`)], [0, 1000]);

    it('ticks hours over an evening, every n hours as room shrinks', () => {
      const scale = evening('2025-11-04T18:00', '2025-11-05T02:00'); // 8 h: 125 px an hour
      const hourly = timeTicks(scale, { minSpacing: 100, finest: 'minute' });
      expect([hourly.interval, hourly.step]).to.deep.equal(['hour', 1]);
      expect(hourly.ticks.map((t) => t.date.toISOString().slice(11, 16))).to.deep.equal([
        '18:00', '19:00', '20:00', '21:00', '22:00', '23:00', '00:00', '01:00', '02:00',
      ]); // prettier-ignore
      const every3 = timeTicks(scale, { minSpacing: 200, finest: 'minute' });
      expect([every3.interval, every3.step]).to.deep.equal(['hour', 3]);
      expect(every3.ticks.every((t) => t.date.getUTCHours() % 3 === 0)).to.equal(true);
    });

    it('ticks minutes over an hour', () => {
      const scale = evening('2025-11-04T20:00', '2025-11-04T21:00'); // 16.7 px a minute
      const t = timeTicks(scale, { minSpacing: 60, finest: 'minute' });
      expect([t.interval, t.step]).to.deep.equal(['minute', 5]);
    });

    it('never ticks hours for a story of dates', () => {
      const scale = evening('2025-11-04T18:00', '2025-11-05T02:00');
      expect(timeTicks(scale, { minSpacing: 60 }).interval).to.equal('day');
    });
  });

  it('gives no ticks when the domain or the range is a point', () => {
    expect(timeTicks(compressGaps([new Date(0)], [0, 500])).ticks).to.deep.equal([]);
    const zeroWidth = compressGaps(
      IRS.map((date) => eventPeriod({ date })!),
      [0, 0],
    );
    expect(timeTicks(zeroWidth).ticks).to.deep.equal([]);
  });

  describe('properties', () => {
    const BASE = Date.UTC(1990, 0, 1);
    const arbEvents = fc
      .array(
        fc.record({
          gap: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4000 })),
          month: fc.boolean(),
        }),
        { minLength: 1, maxLength: 60, size: 'max' },
      )
      .map((raw) => {
        let t = BASE;
        return raw.map(({ gap, month }): TimeInput => {
          t += gap * DAY_MS;
          const iso = new Date(t).toISOString();
          return eventPeriod({ date: month ? iso.slice(0, 7) : iso.slice(0, 10) })!;
        });
      });
    const arbOptions: fc.Arbitrary<CompressGapsOptions> = fc.record({
      gaps: fc.constantFrom('compress' as const, 'compress' as const, 'linear' as const),
      minGapDays: fc.integer({ min: 0, max: 120 }),
      breakWidth: fc.integer({ min: 1, max: 60 }),
    });
    const arbWidth = fc.integer({ min: 320, max: 2000 });
    const arbSpacing = fc.integer({ min: 1, max: 200 });
    const MIN_DAYS: Record<string, number> = { day: 1, week: 7, month: 28, quarter: 90, year: 365 };
    const FINER: Record<string, string | null> = {
      day: null,
      week: 'day',
      month: 'week',
      quarter: 'month',
      year: 'quarter',
    };
    const run = { numRuns: 1000, seed: 1 };

    it('are strictly increasing, inside the domain and outside the breaks (1,000 runs)', () => {
      fc.assert(
        fc.property(arbEvents, arbWidth, arbOptions, arbSpacing, (events, w, options, min) => {
          const scale = compressGaps(events, [0, w], options);
          const { ticks } = timeTicks(scale, { minSpacing: min });
          const [d0, d1] = scale.domain;
          return ticks.every(
            ({ date }, i) =>
              (i === 0 || date > ticks[i - 1]!.date) &&
              date >= d0 &&
              date <= d1 &&
              scale.breaks.every((b) => !(date > b.start && date < b.end)),
          );
        }),
        run,
      );
    });

    it('are at least minSpacing apart, at the scale’s x (1,000 runs)', () => {
      fc.assert(
        fc.property(arbEvents, arbWidth, arbOptions, arbSpacing, (events, w, options, min) => {
          const scale = compressGaps(events, [0, w], options);
          const { ticks } = timeTicks(scale, { minSpacing: min });
          return ticks.every(
            (t, i) => t.x === scale.x(t.date) && (i === 0 || t.x - ticks[i - 1]!.x >= min),
          );
        }),
        run,
      );
    });

    it('follow the finest interval that fits (1,000 runs)', () => {
      fc.assert(
        fc.property(arbEvents, arbWidth, arbOptions, arbSpacing, (events, w, options, min) => {
          const scale = compressGaps(events, [0, w], options);
          const { interval, step } = timeTicks(scale, { minSpacing: min });
          const px = (days: number) => days * DAY_MS * scale.pxPerMs;
          // the interval one notch finer: the previous year step, or the finer calendar unit
          const years = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
          const finerDays =
            interval === 'year' && step > 1
              ? 365 * years[years.indexOf(step) - 1]!
              : FINER[interval] && MIN_DAYS[FINER[interval] as keyof typeof MIN_DAYS];
          return px(MIN_DAYS[interval] * step) >= min && (!finerDays || px(finerDays) < min);
        }),
        run,
      );
    });
  });
});
