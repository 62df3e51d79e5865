import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { formatTick, formatTicks, tickFormats, tickUnit } from './tick-format.js';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dates = (...isos: string[]) => isos.map(utc);

describe('tickUnit(dates)', () => {
  it('is year when every date is January 1', () => {
    expect(tickUnit(dates('2024-01-01', '2025-01-01'))).to.equal('year');
  });

  it('is month when every date is the first of a month', () => {
    expect(tickUnit(dates('2025-01-01', '2025-04-01'))).to.equal('month');
  });

  it('is day otherwise, and for a time within a day', () => {
    expect(tickUnit(dates('2025-04-01', '2025-04-07'))).to.equal('day');
    expect(tickUnit([new Date(Date.UTC(2025, 0, 1, 12))])).to.equal('day');
  });

  it('reads UTC, not the local zone', () => {
    // Midnight in Los Angeles (where the tests run) is not the first of the month in UTC.
    expect(tickUnit([new Date(Date.UTC(2025, 3, 1, 7))])).to.equal('day');
  });

  it('is year for no dates', () => {
    expect(tickUnit([])).to.equal('year');
  });
});

describe('formatTicks(dates, locale)', () => {
  it('shows years as years', () => {
    expect(formatTicks(dates('2020-01-01', '2030-01-01'), 'en-US')).to.deep.equal(['2020', '2030']);
  });

  it('shows the year of month ticks on the first tick and on January', () => {
    const quarters = utcMonth.every(3)!.range(utc('2025-01-01'), utc('2026-07-01'));
    expect(formatTicks(quarters, 'en-US')).to.deep.equal([
      'Jan 2025',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2026',
      'Apr',
    ]);
  });

  it('shows the year again after a break that crosses a new year (IRS ticks)', () => {
    const ticks = dates('2025-09-01', '2025-10-01', '2025-11-01', '2026-03-01');
    expect(formatTicks(ticks, 'en-US')).to.deep.equal(['Sep 2025', 'Oct', 'Nov', 'Mar 2026']);
  });

  it('shows days as month and day, with the year on the first tick and a new year', () => {
    const mondays = utcMonday.range(utc('2025-12-20'), utc('2026-01-13'));
    expect(formatTicks(mondays, 'en-US')).to.deep.equal([
      'Dec 22, 2025',
      'Dec 29',
      'Jan 5, 2026',
      'Jan 12',
    ]);
  });

  it('shows a day as that day in UTC whatever the local zone', () => {
    // The tests run in America/Los_Angeles, where 2025-04-07T00:00Z is still April 6.
    expect(formatTick(utc('2025-04-07'), 'en-US', { month: 'long', day: 'numeric' })).to.equal(
      'April 7',
    );
    expect(formatTicks(dates('2025-04-07'), 'en-US')).to.deep.equal(['Apr 7, 2025']);
  });

  it('uses the given locale', () => {
    expect(formatTick(utc('2025-03-01'), 'de-DE', { month: 'long' })).to.equal('März');
    expect(formatTicks(dates('2025-03-01', '2025-04-01'), 'fr-FR')).to.deep.equal([
      'mars 2025',
      'avr.',
    ]);
  });

  it('gives no labels for no ticks', () => {
    expect(formatTicks([], 'en-US')).to.deep.equal([]);
  });
});

describe('tickFormats(dates)', () => {
  it('names a year exactly where the year changes, for any ticks (1,000 runs)', () => {
    const intervals = [utcDay, utcMonday, utcMonth, utcMonth.every(3)!, utcYear];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: intervals.length - 1 }),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: 1, max: 3000 }),
        (i, start, days) => {
          const ticks = intervals[i]!.range(new Date(start), new Date(start + days * 864e5));
          const formats = tickFormats(ticks);
          const unit = tickUnit(ticks);
          return formats.every(
            (f, j) =>
              (f.year === 'numeric') ===
                (unit === 'year' ||
                  j === 0 ||
                  ticks[j - 1]!.getUTCFullYear() !== ticks[j]!.getUTCFullYear()) &&
              (f.month === undefined) === (unit === 'year') &&
              (f.day === 'numeric') === (unit === 'day'),
          );
        },
      ),
      { numRuns: 1000, seed: 1 },
    );
  });
});
