import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compareIsoDates,
  dateSortKey,
  instantOf,
  isLocalTime,
  parseIsoDate,
  periodEnd,
  precisionOf,
  sortEvents,
} from './dates.js';

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
      '',
      'April 7',
      '0000',
      '0000-12',
      '2025-04-07T24:00',
      '2025-04-07T20:60',
      '2025-04-07T20:15:60',
      '2025-04-07 20:15',
      '2025-04-07T20:15+19:00',
      '2025-04-07T20:15-5',
      '2025-04-07T8:15',
      '-0044',
    ]) {
      expect(parseIsoDate(bad), bad).to.equal(null);
    }
    expect(parseIsoDate(20250407)).to.equal(null);
    expect(parseIsoDate(null)).to.equal(null);
  });

  it('parses a year as its January 1, UTC, and refuses years before 1 CE', () => {
    const p = parseIsoDate('1969');
    expect(p?.precision).to.equal('year');
    expect(p?.date.toISOString()).to.equal('1969-01-01T00:00:00.000Z');
    expect(parseIsoDate('0001')?.date.getUTCFullYear()).to.equal(1);
    expect(parseIsoDate('0000')).to.equal(null);
  });

  it('reads a time with an offset on its own clock, and keeps the offset', () => {
    const p = parseIsoDate('2025-11-04T20:15-05:00')!;
    expect(p.precision).to.equal('minute');
    expect(p.date.toISOString()).to.equal('2025-11-04T20:15:00.000Z');
    expect(p.offset).to.equal(-300);
    expect(new Date(instantOf(p)).toISOString()).to.equal('2025-11-05T01:15:00.000Z');
    expect(parseIsoDate('2025-11-04T20:15Z')!.offset).to.equal(0);
    expect(parseIsoDate('2025-11-04T20:15+05:30')!.offset).to.equal(330);
    expect(parseIsoDate('2025-11-04T20:15:30+05:30')!.date.getUTCSeconds()).to.equal(30);
  });

  it('reads a local time (no offset) as its clock reading, with no offset', () => {
    const p = parseIsoDate('2025-11-04T20:15')!;
    expect(p.date.toISOString()).to.equal('2025-11-04T20:15:00.000Z');
    expect(p.offset).to.equal(undefined);
    expect(isLocalTime('2025-11-04T20:15')).to.equal(true);
    expect(isLocalTime('2025-11-04T20:15Z')).to.equal(false);
    expect(isLocalTime('2025-11-04')).to.equal(false);
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
    expect(precisionOf('2025')).to.equal('year');
    expect(precisionOf('2025-04-07T20:15')).to.equal('minute');
    expect(precisionOf('2025-04-07T20:15-05:00')).to.equal('minute');
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

  it('is the next year for a year and the next minute for a time', () => {
    expect(periodEnd(parseIsoDate('1969')!).toISOString()).to.equal('1970-01-01T00:00:00.000Z');
    expect(periodEnd(parseIsoDate('2025-12-31T23:59:30Z')!).toISOString()).to.equal(
      '2026-01-01T00:00:00.000Z',
    );
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

  it('orders a time before its day, a day before its month, a month before its year', () => {
    const input = ['2025', '2025-11', '2025-11-04', '2025-11-04T20:15Z', '2025-11-04T08:00Z'];
    expect([...input].sort(compareIsoDates)).to.deep.equal([
      '2025-11-04T08:00Z',
      '2025-11-04T20:15Z',
      '2025-11-04',
      '2025-11',
      '2025',
    ]);
    expect(dateSortKey('2024')).to.be.below(dateSortKey('2025-01-01T00:00Z'));
  });

  it('puts invalid dates last', () => {
    expect(dateSortKey('2025-02-30')).to.equal(Number.POSITIVE_INFINITY);
  });
});

describe('sortEvents(events)', () => {
  it('sorts by date, keeps the order of equal dates and never changes its input', () => {
    const events = [
      { id: 'c', date: '2025-05' },
      { id: 'a', date: '2025-04-07' },
      { id: 'b', date: '2025-04-07' },
      { id: 'x', date: 'soon' },
      { id: 'y', date: '1969' },
    ];
    const before = JSON.stringify(events);
    expect(sortEvents(events).map((e) => e.id)).to.deep.equal(['y', 'a', 'b', 'c', 'x']);
    expect(JSON.stringify(events)).to.equal(before);
  });
});
