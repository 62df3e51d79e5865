/**
 * The data-level shared cases of issue 11 (inputs copied from ../shared/cases into
 * test/fixtures/cases/, read over HTTP from the test server, never from ../shared): each gives the
 * result its README expects. windows-1252.csv is read in Node (test/shared-cases.node.mjs): this
 * test server re-encodes text files as UTF-8, so its bytes cannot reach the browser intact.
 */
import { expect } from '@open-wc/testing';
import { validateCsv, validateCsvBytes } from '../src/data/csv/index.js';
import { parseJsonDataset } from '../src/data/validate/index.js';

const CASES = '/test/fixtures/cases';

async function bytesOf(name: string): Promise<ArrayBuffer> {
  const response = await fetch(`${CASES}/${name}`);
  expect(response.ok, name).to.equal(true);
  return response.arrayBuffer();
}

const textOf = async (name: string) => new TextDecoder().decode(await bytesOf(name));

describe('shared case excel-sep-line.csv', () => {
  it('honours the sep line and reads the sheet: one event, "Fares rise"', async () => {
    for (const result of [
      validateCsv(await textOf('excel-sep-line.csv')),
      validateCsvBytes(await bytesOf('excel-sep-line.csv')),
    ]) {
      expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
      expect(result.dataset!.events.map((e) => [e.id, e.date, e.title])).to.deep.equal([
        ['ok', '2025-04-02', 'Fares rise'],
      ]);
      expect(result.leftOut).to.equal(0);
    }
  });
});

describe('shared case line-breaks.json, and the same as CSV with a quoted CRLF', () => {
  const summary = 'First line.\nSecond line.';

  it('keeps the line break of a JSON summary as \\n', async () => {
    const result = parseJsonDataset(await textOf('line-breaks.json'));
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset!.events[0].summary).to.equal(summary);
  });

  it('reads the quoted CRLF of a CSV cell as \\n, with no carriage return', async () => {
    const bytes = await bytesOf('line-breaks.csv');
    expect(new TextDecoder().decode(bytes)).to.include('"First line.\r\nSecond line."');
    const json = parseJsonDataset(await textOf('line-breaks.json')).dataset!;
    for (const result of [validateCsv(new TextDecoder().decode(bytes)), validateCsvBytes(bytes)]) {
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset!.events).to.deep.equal(json.events);
      expect(result.dataset!.events[0].summary).to.equal(summary);
    }
  });
});
