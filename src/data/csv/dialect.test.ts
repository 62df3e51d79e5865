import { expect } from '@open-wc/testing';
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { readDialect, readRows } from './dialect.js';

const RUNS = { numRuns: 500, seed: 20250407 };

describe('readDialect(text)', () => {
  it("honours Excel's sep= line, and drops it", () => {
    for (const [text, delimiter] of [
      ['sep=,\nid,date\n', ','],
      ['sep=;\r\nid;date\r\n', ';'],
      ['sep=\t\nid\tdate\n', '\t'],
      ['sep=|\nid|date\n', '|'],
      ['\ufeffsep=;\nid;date\n', ';'],
      ['"sep=;"\nid;date\n', ';'],
      ['sep=;;;\nid;date;title;x\n', ';'],
      ['SEP=;\nid;date\n', ';'],
    ]) {
      const dialect = readDialect(text);
      expect(dialect, JSON.stringify(text)).to.include({ delimiter, sepLine: true });
      expect(dialect.body.startsWith('id'), JSON.stringify(text)).to.equal(true);
    }
    expect(readDialect('sep=,')).to.deep.equal({ body: '', delimiter: ',', sepLine: true });
  });

  it('takes a sep= line with more in it as a row', () => {
    for (const text of ['sep=,x\n', 'sep=\n', 'sep,=\n', 'id,sep=;\n', ' sep=;\n']) {
      expect(readDialect(text).sepLine, JSON.stringify(text)).to.equal(false);
    }
  });

  it('otherwise tells commas, semicolons and tabs apart by the first row', () => {
    expect(readDialect('date,title\n').delimiter).to.equal(',');
    expect(readDialect('date;title;"a,b,c"\n').delimiter).to.equal(';');
    expect(readDialect('date\ttitle\tsummary\n').delimiter).to.equal('\t');
    expect(readDialect('date\n2025;2026,x\n').delimiter).to.equal(',');
    expect(readDialect('\ufeffdate;title\n')).to.deep.equal({
      body: 'date;title\n',
      delimiter: ';',
      sepLine: false,
    });
  });
});

describe('readRows(text)', () => {
  /** Cells of any text; rows of at least two, so that every row shows its separator. */
  const rows = fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 5 }), {
    minLength: 1,
    maxLength: 5,
  });

  it('reads back any cells written with a sep= line, whatever the separator (property)', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';', '\t', '|'), fc.boolean(), (cells, sep, bom) => {
        const noCr = cells.map((r) => r.map((c) => c.replace(/\r/g, '')));
        const text = `${bom ? '\ufeff' : ''}sep=${sep}\n${dsvFormat(sep).formatRows(noCr)}`;
        expect(readRows(text)).to.deep.equal(noCr);
      }),
      RUNS,
    );
  });

  it('reads a line break in a quoted cell as \\n, and changes nothing else (property)', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('\r\n', '\n'), (cells, eol) => {
        const text = `sep=,${eol}${dsvFormat(',').formatRows(cells).replace(/\n/g, eol)}`;
        const expected = cells.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));
        expect(readRows(text)).to.deep.equal(expected);
      }),
      RUNS,
    );
  });

  it('reads back cells written with a separator the first row alone uses (property)', () => {
    const plain = fc.string({ unit: 'binary' }).map((s) => s.replace(/[,;\t\r"]/g, ''));
    fc.assert(
      fc.property(
        fc.array(fc.array(plain, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(',', ';', '\t'),
        (cells, sep) => {
          expect(readRows(dsvFormat(sep).formatRows(cells))).to.deep.equal(cells);
        },
      ),
      RUNS,
    );
  });
});
