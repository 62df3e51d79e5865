/**
 * Problem paths as a spreadsheet shows the sheet: `row 3, column "Date"`, where row 1 is the row
 * of column names and the column is named as it is written there.
 */

/** Where an event came from in the sheet. */
export interface CsvOrigin {
  /** The spreadsheet row number (row 1 holds the column names). */
  row: number;
  /**
   * The column each field was read from, named as in the sheet, by path within the event:
   * `{ "date": "Date", "title": "Headline", "sources[0].url": "Source URL" }`.
   */
  columns: Readonly<Record<string, string>>;
}

/** `row 3`, or `row 3, column "Date"`. */
export function rowPath(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${JSON.stringify(column)}`;
}

/**
 * Rewrites a validator path (`events[2].sources[0].url`) as a spreadsheet one, using where each
 * event came from (`origins[i]` for `events[i]`): the row, and the column of the field or of the
 * nearest field that has one (`events[2].people[1]` → `row 4`). `events` becomes the sheet as a
 * whole (`""`); any other path is returned as it is.
 */
export function csvPath(path: string, origins: readonly CsvOrigin[]): string {
  if (path === 'events') return '';
  const m = /^events\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const origin = origins[Number(m[1])];
  if (!origin) return path;
  let rest = m[2] ?? '';
  while (rest !== '') {
    if (Object.hasOwn(origin.columns, rest)) return rowPath(origin.row, origin.columns[rest]);
    const shorter = rest.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '');
    if (shorter === rest) break;
    rest = shorter;
  }
  return rowPath(origin.row);
}
