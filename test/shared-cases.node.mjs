// The shared cases whose bytes matter, read from test/fixtures/cases/ on disk (copies of
// ../shared/cases; never read from there). In Node rather than the browser because the test
// server re-encodes any file it takes for text as UTF-8 before serving it (@web/dev-server's
// transform step): a Windows-1252 file reaches the browser with U+FFFD already in it. A real web
// server sends the bytes as they are. test/shared-cases.test.ts covers the other cases in Chromium.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { importTs } from './helpers/import-ts.mjs';

const { decodeText, validateCsvBytes } = await importTs(
  "export * from './src/data/csv/index.ts'; export { decodeText } from './src/data/decode.ts';",
);
const read = (name) => readFile(new URL(`fixtures/cases/${name}`, import.meta.url));

describe('shared case windows-1252.csv, as bytes', () => {
  it('is the Windows-1252 file of the shared cases (é is the one byte 0xE9)', async () => {
    const bytes = await read('windows-1252.csv');
    assert.equal(bytes.length, 42);
    assert.ok(bytes.includes(0xe9));
  });

  it('decodeText reads "Référendum" as Windows-1252, with a warning that names it', async () => {
    const decoded = decodeText(new Uint8Array(await read('windows-1252.csv')));
    assert.equal(decoded.encoding, 'windows-1252');
    assert.ok(decoded.text.includes('Référendum'));
    assert.equal(decoded.problems.length, 1);
    assert.match(decoded.problems[0].message, /Windows-1252/);
  });

  it('validateCsvBytes shows "Référendum", never "R�f�rendum", and says why', async () => {
    const result = validateCsvBytes(new Uint8Array(await read('windows-1252.csv')));
    assert.deepEqual(
      result.dataset.events.map((e) => [e.id, e.date, e.title]),
      [['ref', '2025-04-02', 'Référendum']],
    );
    assert.equal(result.problems[0].path, '');
    assert.equal(result.problems[0].severity, 'warning');
    assert.match(result.problems[0].message, /Windows-1252/);
    assert.ok(!JSON.stringify(result).includes('\ufffd'));
    assert.equal(result.leftOut, 0);
  });

  it('validateCsvBytes takes the ArrayBuffer that fetch gives', async () => {
    const bytes = await read('windows-1252.csv');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    assert.equal(validateCsvBytes(buffer).dataset.events[0].title, 'Référendum');
  });
});

describe('shared cases excel-sep-line.csv and line-breaks.csv, as bytes', () => {
  it('reads the sep line sheet: one event, "Fares rise"', async () => {
    const result = validateCsvBytes(new Uint8Array(await read('excel-sep-line.csv')));
    assert.deepEqual(
      result.dataset.events.map((e) => e.title),
      ['Fares rise'],
    );
  });

  it('reads the quoted CRLF as \\n', async () => {
    const result = validateCsvBytes(new Uint8Array(await read('line-breaks.csv')));
    assert.equal(result.dataset.events[0].summary, 'First line.\nSecond line.');
  });
});
