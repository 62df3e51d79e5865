import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareIsoDates, dateSortKey, parseIsoDate, periodEnd, precisionOf } from './dates.js';

describe('parseIsoDate(value)', () => {
  it('parses a day as midnight UTC', () => {
    const p = parseIsoDate('2025-04-07');
    expect(p?.precision).to.equal('day');
    expect(p?.date.toISOString()).to.equal('2025-04-07T00:00:00.000Z');
  });

  it('parses a month as the first of the month, UTC', () => {
    const p = parseIsoDate('2025-09');
    expect(p?.precision).to.equal('month');
    expect(p?.date.toISOString()).to.equal('2025-09-01T00:00:00.000Z');
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2025-02-30',
      '2025-02-29',
      '2025-13',
      '2025-00',
      '2025-4-7',
      '2025',
      '',
      'April 7',
      '2025-04-07T00:00',
    ]) {
      expect(parseIsoDate(bad), bad).to.equal(null);
    }
    expect(parseIsoDate(20250407)).to.equal(null);
    expect(parseIsoDate(null)).to.equal(null);
  });

  it('accepts leap days only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).to.not.equal(null);
    expect(parseIsoDate('2100-02-29')).to.equal(null);
  });

  it('round-trips every valid day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const p = parseIsoDate(iso);
          return p !== null && p.date.toISOString().slice(0, 10) === iso && p.precision === 'day';
        },
      ),
      { numRuns: 1000, seed: 42 },
    );
  });
});

describe('precisionOf(value)', () => {
  it('reads the precision from the form', () => {
    expect(precisionOf('2025-04-07')).to.equal('day');
    expect(precisionOf('2025-04')).to.equal('month');
    expect(precisionOf('April')).to.equal(null);
  });
});

describe('periodEnd(parsed)', () => {
  it('is the next day for a day and the next month for a month', () => {
    expect(periodEnd(parseIsoDate('2025-12-31')!).toISOString()).to.equal(
      '2026-01-01T00:00:00.000Z',
    );
    expect(periodEnd(parseIsoDate('2025-12')!).toISOString()).to.equal('2026-01-01T00:00:00.000Z');
  });
});

describe('compareIsoDates(a, b)', () => {
  it('orders chronologically, a month after the days in it', () => {
    const input = ['2025-05-12', '2025-04', '2025-04-07', '2025-02-28', '2025-04-01', '2025-03'];
    expect([...input].sort(compareIsoDates)).to.deep.equal([
      '2025-02-28',
      '2025-03',
      '2025-04-01',
      '2025-04-07',
      '2025-04',
      '2025-05-12',
    ]);
  });
});

describe('dateSortKey(value)', () => {
  const isoDay = fc
    .date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('orders days as their ISO strings do (property)', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        const byKey = Math.sign(dateSortKey(a) - dateSortKey(b));
        return byKey === Math.sign(a.localeCompare(b));
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it("places a month after every day of that month and before the next month's days (property)", () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const month = day.slice(0, 7);
        const next = new Date(`${month}-01T00:00:00Z`);
        next.setUTCMonth(next.getUTCMonth() + 1);
        const nextDay = next.toISOString().slice(0, 10);
        return dateSortKey(day) < dateSortKey(month) && dateSortKey(month) < dateSortKey(nextDay);
      }),
      { numRuns: 1000, seed: 4 },
    );
  });

  it('puts invalid dates last', () => {
    expect(dateSortKey('2025-02-30')).to.equal(Number.POSITIVE_INFINITY);
  });
});
