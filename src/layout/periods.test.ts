import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { eventPeriod, toPeriods } from './periods.js';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date | number | undefined) => (d === undefined ? d : new Date(d).toISOString());

describe('eventPeriod(event)', () => {
  it('covers the day of a day-precision event', () => {
    const p = eventPeriod({ date: '2025-04-07' })!;
    expect(iso(p.start)).to.equal('2025-04-07T00:00:00.000Z');
    expect(iso(p.end)).to.equal('2025-04-08T00:00:00.000Z');
  });

  it('covers the whole month of a month-precision event', () => {
    const p = eventPeriod({ date: '2025-02' })!;
    expect(iso(p.start)).to.equal('2025-02-01T00:00:00.000Z');
    expect(iso(p.end)).to.equal('2025-03-01T00:00:00.000Z');
  });

  it('runs a span to the end of the period of its end date', () => {
    const p = eventPeriod({ date: '2025-04-07', end: '2025-06' })!;
    expect(iso(p.start)).to.equal('2025-04-07T00:00:00.000Z');
    expect(iso(p.end)).to.equal('2025-07-01T00:00:00.000Z');
  });

  it('covers at least the start period when the end is invalid or earlier', () => {
    expect(iso(eventPeriod({ date: '2025-04-07', end: 'soon' })!.end)).to.equal(
      '2025-04-08T00:00:00.000Z',
    );
    expect(iso(eventPeriod({ date: '2025-04', end: '2025-04-02' })!.end)).to.equal(
      '2025-05-01T00:00:00.000Z',
    );
  });

  it('returns null for an invalid date', () => {
    expect(eventPeriod({ date: '2025-02-30' })).to.equal(null);
  });
});

describe('toPeriods(inputs)', () => {
  it('sorts by start, in ms, and takes a bare instant as a zero-length period', () => {
    const periods = toPeriods([
      { start: utc('2025-02-17'), end: utc('2025-02-18') },
      { start: utc('2025-02-01'), end: utc('2025-03-01') },
      +utc('2025-01-20'),
      utc('2025-01-21'),
    ]);
    expect(periods).to.deep.equal([
      { start: +utc('2025-01-20'), end: +utc('2025-01-20') },
      { start: +utc('2025-01-21'), end: +utc('2025-01-21') },
      { start: +utc('2025-02-01'), end: +utc('2025-03-01') },
      { start: +utc('2025-02-17'), end: +utc('2025-02-18') },
    ]);
  });

  it('drops invalid starts and takes an end before the start as the start', () => {
    expect(
      toPeriods([new Date(NaN), { start: 10, end: 5 }, { start: 20, end: NaN }, NaN]),
    ).to.deep.equal([
      { start: 10, end: 10 },
      { start: 20, end: 20 },
    ]);
  });

  it('never changes its input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer(), end: fc.integer() }), { maxLength: 50 }),
        (inputs) => {
          const before = JSON.stringify(inputs);
          const out = toPeriods(inputs);
          return (
            JSON.stringify(inputs) === before &&
            out.length === inputs.length &&
            out.every((p, i) => i === 0 || out[i - 1]!.start <= p.start) &&
            out.every((p) => p.end >= p.start)
          );
        },
      ),
      { numRuns: 1000, seed: 1 },
    );
  });
});
