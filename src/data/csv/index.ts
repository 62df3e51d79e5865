/**
 * Timeline events from a spreadsheet saved as CSV.
 *
 * The first row names the columns (`CSV_COLUMNS` in `columns.ts` lists them; `docs/authoring.md`
 * has the same table); each further row is one event. A `sep=` first line (as Excel writes it)
 * names the separator; otherwise commas, semicolons and tabs are told apart by the first row. A
 * byte-order mark and Windows line ends are fine, and a line break inside a quoted cell is kept
 * as `\n`. Bytes that are not UTF-8 are read as Windows-1252, with a warning (`validateCsvBytes`).
 *
 * Problems are reported the way a spreadsheet shows the sheet: `row 3, column "Date"`, where row 1
 * is the row of column names (a `sep=` line is not a row: Excel does not show it) and the column
 * is named as it is written there.
 *
 * The modules: `columns` (the column table), `dialect` (BOM, `sep=` line, separator),
 * `parse` (rows into raw events), `hints` (dates a spreadsheet rewrote), `paths` (rows and
 * columns in messages), `detect` (CSV or JSON?).
 */
import { decodeText } from '../decode.js';
import { Problems } from '../problems.js';
import {
  checkEventsInto,
  type ValidateEventsOptions,
  type ValidationResult,
} from '../validate/dataset.js';
import { readSheet } from './parse.js';
import { csvPath } from './paths.js';

export {
  CSV_COLUMN_DOCS,
  CSV_COLUMNS,
  CSV_MORE_SOURCES,
  type CsvColumn,
  type CsvColumnKey,
  type CsvEventField,
  type CsvSourceField,
} from './columns.js';
export { firstRow, looksLikeCsv } from './detect.js';
export { excelSerialDate } from './hints.js';
export { CSV_FALSE, CSV_TRUE, type CsvEvents, parseCsvEvents } from './parse.js';
export { type CsvOrigin, csvPath } from './paths.js';

/**
 * Reads spreadsheet CSV and checks the events (`parseCsvEvents`, then `validateEvents`), with
 * every problem at a spreadsheet path (`row 3, column "Date"`), the sheet's own first. `leftOut`
 * counts the event rows left out, those beyond `MAX_ITEMS.events` included. Never throws.
 */
export function validateCsv(text: string, options?: ValidateEventsOptions): ValidationResult {
  return checkSheet(new Problems(), text, options);
}

/**
 * `validateCsv` for a file's bytes, as `fetch` gives them (`await response.arrayBuffer()`) or a
 * file input reads them: decoded with `decodeText` (UTF-8, or Windows-1252 with a warning that
 * comes first in `problems`), then read and checked. Never throws; the bytes are not changed.
 */
export function validateCsvBytes(
  bytes: Uint8Array | ArrayBuffer,
  options?: ValidateEventsOptions,
): ValidationResult {
  const p = new Problems();
  const decoded = decodeText(bytes);
  for (const problem of decoded.problems) p.add(problem);
  return checkSheet(p, decoded.text, options);
}

/**
 * `validateCsv`, with the problems of the sheet reported after those already in `p` (the
 * decoder's warning): what `validateCsvBytes` and the reading step (`../read.ts`) share.
 */
export function checkSheet(
  p: Problems,
  text: unknown,
  options: ValidateEventsOptions | undefined,
): ValidationResult {
  const sheet = readSheet(p, text);
  const rows = p.mapped((path) => csvPath(path, sheet.origins));
  const zone = sheet.timeZone;
  const checked = checkEventsInto(
    rows,
    sheet.events,
    zone ? { ...options, timeZone: zone } : options,
  );
  return {
    dataset: checked.dataset,
    problems: p.finish(),
    leftOut: checked.leftOut + sheet.leftOut,
  };
}
