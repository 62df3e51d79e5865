/**
 * How a sheet was written, before any cell is read: a byte-order mark and the separator. Pure
 * string work; no d3 beyond the parser.
 */
import { dsvFormat } from 'd3-dsv';

/** The separators told apart by the first row. */
export type CsvDelimiter = ',' | ';' | '\t';

/** The sheet's text without its byte-order mark, and the separator to use. */
export interface CsvDialect {
  /** The text without its byte-order mark. */
  body: string;
  /** The separator: the one the first row uses most. */
  delimiter: string;
}

/**
 * Reads the dialect of a sheet: drops a leading byte-order mark, and takes the separator the
 * first row uses most, outside quotes (a comma when it uses none, or as many commas as semicolons
 * or tabs).
 */
export function readDialect(text: string): CsvDialect {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { body: source, delimiter: delimiterOf(source) };
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

/** The rows of a sheet as cells (untrimmed), read with its dialect. */
export function readRows(text: string): string[][] {
  const { body, delimiter } = readDialect(text);
  // parseRows rather than parse: a sheet's column names are matched loosely, may repeat, and a
  // row may hold more cells than there are names, all of which the author should hear of.
  return dsvFormat(delimiter).parseRows(body);
}
