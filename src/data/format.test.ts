import { expect } from '@open-wc/testing';
import { formatIsoDate, yearOf } from './format.js';

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

describe('yearOf(value)', () => {
  it('reads the UTC year', () => {
    expect(yearOf('2026-01-01')).to.equal(2026);
    expect(yearOf('2025-12')).to.equal(2025);
    expect(Number.isNaN(yearOf('x'))).to.equal(true);
  });
});
