/** Telling a CSV sheet from JSON when the server does not say which. */
import { dsvFormat } from 'd3-dsv';
import { classifyColumn, roleKey } from './columns.js';
import { isTimelineJsSheet } from '../import/detect.js';
import { readDialect } from './dialect.js';

/**
 * Whether a response holds CSV rather than JSON: by its content type when that says so
 * (`text/csv`, `application/csv`, `text/tab-separated-values`; any `json` type says no),
 * otherwise by its text: not starting with `{`, `[` or `<`, and a first row (after a `sep=` line,
 * if any) naming at least two of the columns in `CSV_COLUMNS`, or the columns of a TimelineJS
 * sheet.
 */
export function looksLikeCsv(text: string, contentType?: string | null): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (/(?:^|\/|\+|-)csv$|tab-separated-values$/.test(type)) return true;
  if (type.includes('json') || type.includes('html')) return false;
  if (typeof text !== 'string') return false;
  const start = readDialect(text.slice(0, 2000)).body.trimStart();
  if (start === '' || '{["<'.includes(start[0])) return false;
  const header = firstRow(text);
  if (isTimelineJsSheet(header)) return true;
  const known = new Set(
    header
      .map((h) => classifyColumn(h))
      .filter((c) => c.kind !== 'unknown')
      .map(roleKey),
  );
  return known.size >= 2;
}

/**
 * The cells of a sheet's first line (after a byte-order mark and a `sep=` line), read with its
 * separator: enough to tell what kind of sheet it is without reading the rest. A quoted line
 * break in a column name cuts the name short.
 */
export function firstRow(text: string): string[] {
  const { body, delimiter } = readDialect(text.slice(0, 4000));
  return dsvFormat(delimiter).parseRows(body.trimStart().split(/\r\n|\r|\n/)[0])[0] ?? [];
}
