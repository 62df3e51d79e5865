import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatOffset,
  isTimeZone,
  storyClock,
  toStoryClock,
  zoneOffset,
  zonedToInstant,
} from './time-zones.js';

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();

describe('zoneOffset(ms, zone)', () => {
  it('gives minutes east of UTC, west, east and half-hour zones, with daylight saving', () => {
    expect(zoneOffset(ms('2025-01-15T12:00:00Z'), 'America/Chicago')).to.equal(-360);
    expect(zoneOffset(ms('2025-07-15T12:00:00Z'), 'America/Chicago')).to.equal(-300);
    expect(zoneOffset(ms('2025-01-15T12:00:00Z'), 'Europe/Berlin')).to.equal(60);
    expect(zoneOffset(ms('2025-07-15T12:00:00Z'), 'Asia/Kolkata')).to.equal(330);
    expect(zoneOffset(ms('2025-07-15T12:00:00Z'), 'UTC')).to.equal(0);
  });
});

describe('zonedToInstant(wall, zone)', () => {
  it('reads a local clock time in its zone', () => {
    expect(iso(zonedToInstant(ms('2025-11-04T20:15:00Z'), 'America/Chicago'))).to.equal(
      '2025-11-05T02:15:00.000Z',
    );
    expect(iso(zonedToInstant(ms('2025-11-04T20:15:00Z'), 'Asia/Kolkata'))).to.equal(
      '2025-11-04T14:45:00.000Z',
    );
  });

  it('moves a time skipped when clocks go forward, and takes the first of a doubled time', () => {
    // Chicago, 9 March 2025: 2:00 → 3:00. 2:30 does not exist; it becomes 3:30 CDT.
    expect(iso(zonedToInstant(ms('2025-03-09T02:30:00Z'), 'America/Chicago'))).to.equal(
      '2025-03-09T08:30:00.000Z',
    );
    // Chicago, 2 November 2025: 2:00 → 1:00. 1:30 happens twice; the first is CDT (UTC-5).
    expect(iso(zonedToInstant(ms('2025-11-02T01:30:00Z'), 'America/Chicago'))).to.equal(
      '2025-11-02T06:30:00.000Z',
    );
  });

  it('round-trips every instant through its zone’s clock (property)', () => {
    const zones = ['America/Chicago', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({
          min: ms('1990-01-01T00:00:00Z') / 60_000,
          max: ms('2040-01-01T00:00:00Z') / 60_000,
        }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instant = minute * 60_000;
          const wall = instant + zoneOffset(instant, zone) * 60_000;
          const back = zonedToInstant(wall, zone);
          // The same clock reading: the same instant, or the other one of a doubled hour.
          return back + zoneOffset(back, zone) * 60_000 === wall && back <= instant;
        },
      ),
      { seed: 1104, numRuns: 500 },
    );
  });
});

describe('toStoryClock(value, clock)', () => {
  it('moves a time with an offset to the story’s zone, with that zone’s offset', () => {
    const chicago = { timeZone: 'America/Chicago' };
    expect(toStoryClock('2025-11-04T20:15-05:00', chicago)).to.equal('2025-11-04T19:15-06:00');
    expect(toStoryClock('2025-11-04T20:15', chicago)).to.equal('2025-11-04T20:15-06:00');
    expect(toStoryClock('2025-07-04T20:15', chicago)).to.equal('2025-07-04T20:15-05:00');
    expect(toStoryClock('2025-11-04T20:15:30', chicago)).to.equal('2025-11-04T20:15:30-06:00');
  });

  it('uses a fixed offset when the story has no zone, and refuses a local time then', () => {
    expect(toStoryClock('2025-11-04T20:15-04:00', { offset: -300 })).to.equal(
      '2025-11-04T19:15-05:00',
    );
    expect(toStoryClock('2025-11-04T20:15Z', { offset: 330 })).to.equal('2025-11-05T01:45+05:30');
    expect(toStoryClock('2025-11-04T20:15', { offset: 0 })).to.equal(null);
  });

  it('leaves calendar dates as they are', () => {
    for (const d of ['1969', '2025-04', '2025-04-07']) {
      expect(toStoryClock(d, { timeZone: 'Asia/Kolkata' })).to.equal(d);
    }
  });
});

describe('storyClock(timeZone, dates)', () => {
  it('is the zone when there is one, else the first offset written, else UTC', () => {
    expect(storyClock('Europe/Berlin', ['2025-01-01T10:00-05:00'])).to.deep.equal({
      timeZone: 'Europe/Berlin',
    });
    expect(
      storyClock(undefined, ['2025-01-01', '2025-01-01T10:00', '2025-01-01T11:00+01:00']),
    ).to.deep.equal({ offset: 60 });
    expect(storyClock(undefined, ['2025-01-01'])).to.deep.equal({ offset: 0 });
  });
});

describe('isTimeZone(zone) and formatOffset(minutes)', () => {
  it('knows IANA names and writes offsets', () => {
    expect(isTimeZone('America/Chicago')).to.equal(true);
    expect(isTimeZone('Mars/Olympus')).to.equal(false);
    expect(isTimeZone('')).to.equal(false);
    expect(formatOffset(-300)).to.equal('-05:00');
    expect(formatOffset(330)).to.equal('+05:30');
    expect(formatOffset(0)).to.equal('+00:00');
  });
});
