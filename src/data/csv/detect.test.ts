import { expect } from '@open-wc/testing';
import { looksLikeCsv } from './index.js';

describe('looksLikeCsv(text, contentType)', () => {
  it('trusts a CSV or JSON content type', () => {
    expect(looksLikeCsv('{}', 'text/csv; charset=utf-8')).to.equal(true);
    expect(looksLikeCsv('', 'application/csv')).to.equal(true);
    expect(looksLikeCsv('a\tb', 'text/tab-separated-values')).to.equal(true);
    expect(looksLikeCsv('date,title\n', 'application/json')).to.equal(false);
    expect(looksLikeCsv('date,title\n', 'text/html')).to.equal(false);
  });

  it('otherwise looks for a row of known column names', () => {
    expect(looksLikeCsv('\ufeffDate,Headline,Summary\r\n2025-04-07,A,B')).to.equal(true);
    expect(looksLikeCsv('date;title\n', 'text/plain')).to.equal(true);
    expect(looksLikeCsv('id\tdate\n')).to.equal(true);
    expect(looksLikeCsv('  { "events": [] }')).to.equal(false);
    expect(looksLikeCsv('[]')).to.equal(false);
    expect(looksLikeCsv('<!doctype html><title>404</title>')).to.equal(false);
    expect(looksLikeCsv('name,age\nA,3')).to.equal(false);
    expect(looksLikeCsv('')).to.equal(false);
    expect(looksLikeCsv('sep=;\r\nDate;Headline\r\n2025-04-07;A')).to.equal(true);
    expect(looksLikeCsv('\ufeffsep=,\nid,date,title\n')).to.equal(true);
    expect(looksLikeCsv('sep=,\nname,age\n')).to.equal(false);
  });
});
