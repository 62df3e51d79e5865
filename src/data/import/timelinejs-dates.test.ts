import { expect } from '@open-wc/testing';
import {
  EMPTY_DATE,
  parseStartDateCell,
  parseTimeCell,
  toIsoDate,
  type DateInput,
} from './timelinejs-dates.js';

function date(parts: Partial<DateInput>): DateInput {
  return { ...EMPTY_DATE, ...parts };
}

describe('toIsoDate(input)', () => {
  it('gives the finest precision the parts allow', () => {
    const cases: [Partial<DateInput>, string, string][] = [
      [{ year: '1969' }, '1969', 'year'],
      [{ year: '476' }, '0476', 'year'],
      [{ year: '1,969', month: '7' }, '1969-07', 'month'],
      [{ year: '1969', month: '07', day: '20' }, '1969-07-20', 'day'],
      [
        { year: '1969', month: '7', day: '20', hour: '20', minute: '17' },
        '1969-07-20T20:17',
        'minute',
      ],
      [{ year: '1969', month: '7', day: '20', hour: '9' }, '1969-07-20T09:00', 'minute'],
      [{ year: '2024', month: '2', day: '29' }, '2024-02-29', 'day'],
    ];
    for (const [parts, value, precision] of cases) {
      const { date: d, issues } = toIsoDate(date(parts));
      expect(d, JSON.stringify(parts)).to.deep.equal({
        value,
        precision,
        localTime: precision === 'minute',
      });
      expect(issues).to.deep.equal([]);
    }
  });

  it('keeps an explicit offset, and then needs no time zone', () => {
    const { date: d } = toIsoDate(
      date({ year: '1969', month: '7', day: '20', hour: '20', minute: '17', offset: '-05:00' }),
    );
    expect(d).to.deep.equal({
      value: '1969-07-20T20:17-05:00',
      precision: 'minute',
      localTime: false,
    });
  });

  it('cannot make a date before the year 1 or after 9999, nor from a year that is no number', () => {
    for (const year of ['-500', '0', '10000', 'MCMLXIX', '1969.5']) {
      const { date: d, issues } = toIsoDate(date({ year, month: '1' }));
      expect(d, year).to.equal(null);
      expect(issues.map((i) => [i.part, i.severity, i.fatal])).to.deep.equal([
        ['year', 'error', true],
      ]);
    }
    expect(toIsoDate(date({ month: '1' }))).to.deep.equal({ date: null, issues: [] });
  });

  it('drops seconds with a warning only when they are not zero', () => {
    const base = { year: '2000', month: '1', day: '1', hour: '12', minute: '30' };
    expect(toIsoDate(date({ ...base, second: '0', millisecond: '0' })).issues).to.deep.equal([]);
    const { date: d, issues } = toIsoDate(date({ ...base, second: '15' }));
    expect(d?.value).to.equal('2000-01-01T12:30');
    expect(issues.map((i) => [i.part, i.severity])).to.deep.equal([['second', 'warning']]);
  });

  it('leaves out an invalid part and what depends on it, and says so', () => {
    const cases: [Partial<DateInput>, string, string][] = [
      [{ year: '2023', month: '2', day: '29' }, '2023-02', 'day'],
      [{ year: '2023', month: '0' }, '2023', 'month'],
      [{ year: '2023', day: '5' }, '2023', 'day'],
      [{ year: '2023', month: '5', hour: '10' }, '2023-05', 'hour'],
      [{ year: '2023', month: '5', day: '1', hour: '24' }, '2023-05-01', 'hour'],
      [{ year: '2023', month: '5', day: '1', hour: '10', minute: '60' }, '2023-05-01', 'minute'],
    ];
    for (const [parts, value, part] of cases) {
      const { date: d, issues } = toIsoDate(date(parts));
      expect(d?.value, JSON.stringify(parts)).to.equal(value);
      expect(issues.map((i) => [i.part, i.severity])).to.deep.equal([[part, 'error']]);
    }
  });
});

describe('parseTimeCell(text)', () => {
  it('reads the forms TimelineJS reads', () => {
    const cases: [string, string, string, string][] = [
      ['14:30', '14', '30', ''],
      ['2:30 PM', '14', '30', ''],
      ['12:05 a.m.', '0', '05', ''],
      ['12 pm', '12', '', ''],
      ['1430', '14', '30', ''],
      ['14.30', '14', '30', ''],
      ['14:30:15', '14', '30', '15'],
      ['14:30:15.250', '14', '30', '15'],
    ];
    for (const [text, hour, minute, second] of cases) {
      expect(parseTimeCell(text), text).to.deep.include({ hour, minute, second });
    }
    expect(parseTimeCell('14:30:15.250')).to.deep.include({ millisecond: '250' });
  });

  it('refuses what is not a time', () => {
    for (const text of ['noon', '13 PM', '1:2:3:4:5', '14:', 'PM', '']) {
      expect(parseTimeCell(text), text).to.have.property('error');
    }
  });
});

describe('parseStartDateCell(text)', () => {
  it('reads ISO dates, years, and month/day/year with an optional time', () => {
    const cases: [string, Partial<DateInput>][] = [
      ['1969', { year: '1969' }],
      ['-500', { year: '-500' }],
      ['1969-07', { year: '1969', month: '07' }],
      ['1969-07-20', { year: '1969', month: '07', day: '20' }],
      ['7/20/1969', { year: '1969', month: '7', day: '20' }],
      ['7/1969', { year: '1969', month: '7' }],
      ['7/20/1969 8:17 PM', { year: '1969', month: '7', day: '20', hour: '20', minute: '17' }],
      [
        '1969-07-20T20:17:40Z',
        {
          year: '1969',
          month: '07',
          day: '20',
          hour: '20',
          minute: '17',
          second: '40',
          offset: '+00:00',
        },
      ],
      [
        '1969-07-20 20:17-0500',
        { year: '1969', month: '07', day: '20', hour: '20', minute: '17', offset: '-05:00' },
      ],
    ];
    for (const [text, parts] of cases) {
      expect(parseStartDateCell(text), text).to.deep.equal({ parts: date(parts) });
    }
  });

  it('reads day/month/year when the first number cannot be a month, with a note', () => {
    const result = parseStartDateCell('20/07/1969');
    expect(result).to.deep.include({ parts: date({ year: '1969', month: '07', day: '20' }) });
    expect(result).to.have.property('note').that.contains('day/month/year');
  });

  it('refuses what TimelineJS cannot read', () => {
    for (const text of ['July 20, 1969', '20.07.1969', '7/20/1969 noon', '']) {
      expect(parseStartDateCell(text), text).to.have.property('error');
    }
  });
});
