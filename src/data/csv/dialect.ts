/**
 * How a sheet was written, before any cell is read: a byte-order mark, Excel's `sep=` line, the
 * separator, and line ends. Pure string work; no d3 beyond the parser.
 */
import { dsvFormat } from 'd3-dsv';

/** The separators told apart by the first row, when there is no `sep=` line. */
export type CsvDelimiter = ',' | ';' | '\t';

/** The sheet's text without its byte-order mark and `sep=` line, and the separator to use. */
export interface CsvDialect {
  /** The text from the row of column names on (or from the first row). */
  body: string;
  /** The separator: from the `sep=` line, else the one the first row uses most. */
  delimiter: string;
  /** True when a `sep=` line named it (the line is not part of `body`). */
  sepLine: boolean;
}

/**
 * Excel's separator hint: a first line `sep=;` (any one character; Excel writes it on export and
 * reads it on open without showing it as a row). Some tools quote it (`"sep=;"`) or add the empty
 * cells of a wider sheet (`sep=;;;`).
 */
const SEP_LINE = /^"?sep=([^\r\n"])"?(?:\1)*(?:\r\n|\r|\n|$)/i;

/**
 * Reads the dialect of a sheet: drops a leading byte-order mark; honours and drops a `sep=` first
 * line; otherwise takes the separator the first row uses most, outside quotes (a comma when it
 * uses none, or as many commas as semicolons or tabs).
 */
export function readDialect(text: string): CsvDialect {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = SEP_LINE.exec(source);
  if (sep) return { body: source.slice(sep[0].length), delimiter: sep[1], sepLine: true };
  return { body: source, delimiter: delimiterOf(source), sepLine: false };
}

/** The delimiter the first line uses most, outside quotes: comma, semicolon or tab. */
function delimiterOf(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as CsvDelimiter]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t']
    ? ';'
    : counts['\t'] > counts[','] && counts['\t'] > counts[';']
      ? '\t'
      : ',';
}

/**
 * The rows of a sheet as cells (untrimmed), read with its dialect. A line break inside a quoted
 * cell is kept as `\n`, whether the file wrote it as `\r\n` (Windows, Excel), `\r` or `\n`.
 */
export function readRows(text: string): string[][] {
  const { body, delimiter } = readDialect(text);
  // parseRows rather than parse: a sheet's column names are matched loosely, may repeat, and a
  // row may hold more cells than there are names, all of which the author should hear of.
  return dsvFormat(delimiter)
    .parseRows(body)
    .map((cells) => cells.map((c) => (c.includes('\r') ? c.replace(/\r\n?/g, '\n') : c)));
}
