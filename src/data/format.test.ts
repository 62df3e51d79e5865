import { expect } from '@open-wc/testing';
import { formatDay, formatIsoDate, formatTime, offsetLabel, yearOf } from './format.js';

describe('formatIsoDate(value, locale)', () => {
  it('formats a day in UTC whatever the zone (tests run in America/Los_Angeles)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    expect(formatIsoDate('2025-04-07', 'en-US')).to.equal('April 7, 2025');
    expect(formatIsoDate('2025-01-01', 'en-US')).to.equal('January 1, 2025');
  });

  it('formats a month without inventing a day', () => {
    expect(formatIsoDate('2025-02', 'en-US')).to.equal('February 2025');
  });

  it('follows the locale', () => {
    expect(formatIsoDate('2025-04-07', 'en-GB')).to.equal('7 April 2025');
    expect(formatIsoDate('2025-04-07', 'es')).to.equal('7 de abril de 2025');
  });

  it('shows an unreadable date as written', () => {
    expect(formatIsoDate('soon', 'en-US')).to.equal('soon');
  });
});

/** Engines differ in the space before AM/PM (U+0020 or U+202F): compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatIsoDate(value, locale, timeZone) for years and times', () => {
  it('shows a year as a year', () => {
    expect(formatIsoDate('1969', 'en-US')).to.equal('1969');
    expect(formatIsoDate('0044', 'en-US')).to.equal('44');
  });

  it('shows a time in the story’s zone with its abbreviation, whatever the reader’s zone', () => {
    // The tests run in America/Los_Angeles: none of these moves there.
    expect(plain(formatTime('2025-11-04T20:15-06:00', 'en-US', 'America/Chicago'))).to.equal(
      '8:15 PM CST',
    );
    expect(plain(formatTime('2025-11-04T20:15+01:00', 'en-GB', 'Europe/Berlin'))).to.equal(
      '20:15 CET',
    );
    expect(plain(formatTime('2025-11-04T20:15+05:30', 'en-IN', 'Asia/Kolkata'))).to.equal(
      '8:15 pm IST',
    );
    expect(plain(formatIsoDate('2025-11-04T20:15-06:00', 'en-US', 'America/Chicago'))).to.match(
      /^November 4, 2025(,| at) 8:15 PM CST$/,
    );
  });

  it('writes the offset out when the story has no zone', () => {
    expect(plain(formatTime('2025-11-04T20:15-05:00', 'en-US'))).to.equal('8:15 PM UTC-5');
    expect(plain(formatTime('2025-11-04T20:15+05:30', 'en-GB'))).to.equal('20:15 UTC+5:30');
    expect(offsetLabel(0)).to.equal('UTC');
  });

  it('writes a day heading with its weekday', () => {
    expect(formatDay('2025-11-04T20:15-06:00', 'en-US')).to.equal('Tuesday, November 4, 2025');
    expect(formatDay('2025-11-04', 'es')).to.equal('martes, 4 de noviembre de 2025');
  });
});

describe('yearOf(value)', () => {
  it('reads the UTC year', () => {
    expect(yearOf('2026-01-01')).to.equal(2026);
    expect(yearOf('2025-12')).to.equal(2025);
    expect(Number.isNaN(yearOf('x'))).to.equal(true);
  });
});
