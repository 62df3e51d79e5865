import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dateCellHint, excelSerialDate } from './hints.js';

describe('excelSerialDate(serial)', () => {
  it("gives the day of a serial in Excel's 1900 date system", () => {
    expect(excelSerialDate(45754)).to.equal('2025-04-07');
    expect(excelSerialDate(45658)).to.equal('2025-01-01');
    expect(excelSerialDate(45754.75)).to.equal('2025-04-07');
    expect(excelSerialDate(61)).to.equal('1900-03-01');
    expect(excelSerialDate(36526)).to.equal('2000-01-01');
    expect(excelSerialDate(2_958_465)).to.equal('9999-12-31');
  });

  it('gives nothing before 1900-03-01 (Excel counts a 29 February 1900), after 9999 or for NaN', () => {
    for (const serial of [60, 0, -1, 2_958_466, Number.NaN, Infinity]) {
      expect(excelSerialDate(serial), String(serial)).to.equal(null);
    }
  });

  it('counts one day per serial, in UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), (serial) => {
        const a = Date.parse(excelSerialDate(serial)!);
        const b = Date.parse(excelSerialDate(serial + 1)!);
        expect(b - a).to.equal(86_400_000);
      }),
      { numRuns: 500, seed: 20250407 },
    );
  });
});

describe('dateCellHint(value)', () => {
  it('names an Excel serial number, the day it stands for, and the fix', () => {
    const hint = dateCellHint('45754')!;
    expect(hint).to.include('"45754" looks like an Excel date serial number');
    expect(hint).to.include('2025-04-07');
    expect(hint).to.include('Format the column as text');
    expect(dateCellHint('45754.5')).to.include('2025-04-07');
    expect(dateCellHint('45754,5')).to.include('2025-04-07');
  });

  it('leaves numbers that are likelier years or not serials alone', () => {
    for (const value of ['2025', '202504', '4575', '45754x', '2025-04-07', '']) {
      expect(dateCellHint(value), value).to.equal(null);
    }
  });

  it('gives both readings of a reformatted date, or the only one', () => {
    expect(dateCellHint('4/7/2025')).to.equal(
      '"4/7/2025" looks like a date the spreadsheet reformatted: 2025-04-07 if the month comes ' +
        'first, 2025-07-04 if the day does. Format the column as text and write YYYY-MM-DD.',
    );
    expect(dateCellHint('13.7.2025')).to.include('reformatted: 2025-07-13.');
    expect(dateCellHint('7/13/2025')).to.include('reformatted: 2025-07-13.');
    expect(dateCellHint('4/4/2025')).to.include('reformatted: 2025-04-04.');
    expect(dateCellHint('4/7/25')).to.include('reformatted. Format');
    expect(dateCellHint('31/31/2025')).to.include('reformatted. Format');
  });
});
