/**
 * Timeline events from a spreadsheet saved as CSV.
 *
 * ## Columns
 *
 * The first row names the columns. Names are matched without regard to case, spaces around them,
 * or spaces and hyphens inside them (`End precision`, `end-precision` and `end_precision` are the
 * same column); their order does not matter. Each further row is one event; empty rows are
 * skipped, and every cell is trimmed. An empty cell is the same as a missing field.
 *
 * | column | what goes in it |
 * |---|---|
 * | `id` | A unique kebab-case id (`irs-ice-sign-agreement`). Leave it empty and one is made from the date and title, with a warning: add ids so links keep working when rows change. |
 * | `date` | `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. Format the column as text, so the spreadsheet does not rewrite it as `4/7/2025`. |
 * | `precision` | `day` or `month`. Optional: it follows from the form of the date. |
 * | `end` | For an event that lasts: when it ended, `YYYY-MM-DD` or `YYYY-MM`. |
 * | `end_precision` | `day` or `month`. Optional. |
 * | `title` (or `headline`) | A short, neutral headline. |
 * | `summary` | One to three plain sentences. Line breaks inside the cell are kept. |
 * | `category` | A category id; written as words it is made kebab-case (`Court ruling` → `court-ruling`). |
 * | `people` | Names separated by semicolons: `Danny Werfel; Doug O'Donnell`. |
 * | `key` | `yes`, `true`, `1` or `x` for the events the story is about; empty, `no`, `false` or `0` otherwise. |
 * | `source` (or `source_publisher`) | Who published the first source. |
 * | `source_title` | Its headline. |
 * | `source_url` | Its address, starting with `https://`. |
 * | `source_date` (or `source_published`) | When it was published, `YYYY-MM-DD` or `YYYY-MM`. |
 * | `source2`, `source2_title`, `source2_url`, `source2_date` | A second source; then `source3_…`, and so on (`source1_…` is the first). |
 *
 * Other columns are ignored, with a warning. The file may be separated by commas, semicolons
 * (as European spreadsheets save it) or tabs: the first row decides. A byte-order mark and
 * Windows line ends (`\r\n`) are fine; cells holding commas, quotes or line breaks must be
 * quoted, as spreadsheets do when they save.
 *
 * Problems are reported the way a spreadsheet shows the sheet: `row 3, column "Date"`, where row 1
 * is the row of column names and the column is named as it is written there.
 */
import { precisionOf } from './dates.js';
import { dsvFormat } from 'd3-dsv';
import {
  kebabCase,
  MAX_ITEMS,
  validateEvents,
  type DataProblem,
  type ValidateEventsOptions,
  type ValidationResult,
} from './validate/index.js';

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

/** What `parseCsvEvents` returns. */
export interface CsvEvents {
  /** One raw event object per non-empty row, not yet checked: pass them to `validateEvents`. */
  events: unknown[];
  /** Problems with the sheet itself, at `row N, column "Name"` paths. */
  problems: DataProblem[];
  /** Where each event came from: `origins[i]` for `events[i]`. */
  origins: CsvOrigin[];
}

/** Cells read as `key: true` (any case). */
export const CSV_TRUE = Object.freeze(['true', 'yes', 'y', '1', 'x', '✓', '✔']);
/** Cells read as `key: false` (any case); an empty cell too. */
export const CSV_FALSE = Object.freeze(['false', 'no', 'n', '0']);

type Field =
  | 'id'
  | 'date'
  | 'precision'
  | 'end'
  | 'endPrecision'
  | 'title'
  | 'summary'
  | 'category'
  | 'people'
  | 'key';
type SourceField = 'publisher' | 'title' | 'url' | 'published';

/** Column names (normalised) and the event field each one fills. */
const COLUMNS: Readonly<Record<string, Field>> = {
  id: 'id',
  date: 'date',
  start: 'date',
  start_date: 'date',
  precision: 'precision',
  date_precision: 'precision',
  end: 'end',
  end_date: 'end',
  end_precision: 'endPrecision',
  endprecision: 'endPrecision',
  title: 'title',
  headline: 'title',
  summary: 'summary',
  category: 'category',
  people: 'people',
  key: 'key',
};

const SOURCE_COLUMN = /^source_?(\d*)(?:_(publisher|title|url|date|published))?$/;

type Column =
  | { kind: 'field'; field: Field }
  | { kind: 'source'; group: number; field: SourceField }
  | { kind: 'unknown' };

function normalise(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function classify(name: string): Column {
  const n = normalise(name);
  if (Object.hasOwn(COLUMNS, n)) return { kind: 'field', field: COLUMNS[n] };
  const m = SOURCE_COLUMN.exec(n);
  if (m) {
    const group = m[1] === '' ? 1 : Number(m[1]);
    const part = m[2] ?? 'publisher';
    if (group >= 1) {
      return {
        kind: 'source',
        group,
        field: part === 'date' ? 'published' : (part as SourceField),
      };
    }
  }
  return { kind: 'unknown' };
}

function columnKey(c: Column): string {
  return c.kind === 'field' ? c.field : c.kind === 'source' ? `${c.group}.${c.field}` : '';
}

/** The delimiter the first line uses most, outside quotes: comma, semicolon or tab. */
function delimiterOf(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t']
    ? ';'
    : counts['\t'] > counts[','] && counts['\t'] > counts[';']
      ? '\t'
      : ',';
}

function rowPath(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${JSON.stringify(column)}`;
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** A deterministic id from the date and title, at most 60 characters, cut at a hyphen. */
function makeId(date: string, title: string, row: number): string {
  let id = kebabCase(`${date} ${title}`);
  if (id.length > 60) id = id.slice(0, 61).replace(/-[^-]*$/, '');
  return id || `row-${row}`;
}

/**
 * Reads spreadsheet CSV into raw event objects (see the column table at the top of this module),
 * with the problems of the sheet itself. The events are not checked: run them through
 * `validateEvents`, or use `validateCsv`, which does both. Never throws.
 */
export function parseCsvEvents(text: string): CsvEvents {
  const problems: DataProblem[] = [];
  const events: unknown[] = [];
  const origins: CsvOrigin[] = [];
  if (typeof text !== 'string') {
    problems.push({ path: '', message: 'Expected CSV text.', severity: 'error' });
    return { events, problems, origins };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // csvParseRows rather than csvParse: a sheet's column names are matched loosely, may repeat,
  // and a row may hold more cells than there are names, all of which the author should hear of.
  const rows = dsvFormat(delimiterOf(source)).parseRows(source);
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) {
    problems.push({
      path: '',
      message: 'The sheet is empty: the first row should name the columns (date, title, …).',
      severity: 'error',
    });
    return { events, problems, origins };
  }
  const headerRow = headerIndex + 1;
  const header = rows[headerIndex].map((h) => h.trim());
  const columns: Column[] = [];
  const used = new Map<string, string>();
  header.forEach((name, i) => {
    let column = name === '' ? ({ kind: 'unknown' } as Column) : classify(name);
    if (column.kind === 'unknown' && name !== '') {
      problems.push({
        path: rowPath(headerRow, name),
        message: `The timeline does not read a column named ${JSON.stringify(name)}; it was ignored.`,
        severity: 'warning',
      });
    } else if (column.kind !== 'unknown') {
      const key = columnKey(column);
      const first = used.get(key);
      if (first !== undefined) {
        problems.push({
          path: rowPath(headerRow, name),
          message: `This column holds the same field as the column ${JSON.stringify(first)}; it was ignored.`,
          severity: 'warning',
        });
        column = { kind: 'unknown' };
      } else {
        used.set(key, name);
      }
    }
    columns[i] = column;
  });
  const headerOf = (field: Field) => used.get(field);
  if (!headerOf('date')) {
    problems.push({
      path: rowPath(headerRow),
      message: 'There is no "date" column: every event needs a date (YYYY-MM-DD or YYYY-MM).',
      severity: 'error',
    });
  }
  if (!headerOf('title')) {
    problems.push({
      path: rowPath(headerRow),
      message: 'There is no "title" (or "headline") column: every event needs a title.',
      severity: 'error',
    });
  }

  // Ids written in the sheet, so that made-up ones never take them.
  const idColumn = columns.findIndex((c) => c.kind === 'field' && c.field === 'id');
  const ids = new Set<string>();
  if (idColumn >= 0) {
    for (const r of rows.slice(headerIndex + 1)) ids.add((r[idColumn] ?? '').trim());
  }

  let eventRows = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (isBlankRow(cells)) continue;
    eventRows++;
    if (eventRows > MAX_ITEMS.events) continue;
    const row = r + 1;
    const event: Record<string, unknown> = {};
    const origin: Record<string, string> = {};
    const groups = new Map<number, Record<string, string>>();
    const groupColumns = new Map<number, Record<string, string>>();

    for (const [field, name] of used) {
      if (!field.includes('.')) origin[field] = name;
    }
    if (cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({
        path: rowPath(row),
        message: 'This row has cells beyond the last named column; they were ignored.',
        severity: 'warning',
      });
    }
    columns.forEach((column, i) => {
      if (column.kind === 'source') {
        const names = groupColumns.get(column.group) ?? {};
        names[column.field] = header[i];
        groupColumns.set(column.group, names);
      }
      const value = (cells[i] ?? '').trim();
      if (value === '' || column.kind === 'unknown') return;
      if (column.kind === 'source') {
        const group = groups.get(column.group) ?? {};
        group[column.field] = value;
        groups.set(column.group, group);
        return;
      }
      const at = rowPath(row, header[i]);
      switch (column.field) {
        case 'people':
          event.people = value
            .split(';')
            .map((s) => s.trim())
            .filter((s) => s !== '');
          break;
        case 'key': {
          const v = value.toLowerCase();
          if (CSV_TRUE.includes(v)) event.key = true;
          else if (CSV_FALSE.includes(v)) event.key = false;
          else {
            problems.push({
              path: at,
              message: `${JSON.stringify(value)} is not yes or no; the event is not marked as key.`,
              severity: 'warning',
            });
          }
          break;
        }
        case 'precision':
        case 'endPrecision':
          event[column.field] = value.toLowerCase();
          break;
        case 'category':
          event.category = kebabCase(value) || value;
          break;
        case 'date':
        case 'end':
          if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value)) {
            problems.push({
              path: at,
              message:
                `${JSON.stringify(value)} looks like a date the spreadsheet reformatted. Format the ` +
                'column as text and write YYYY-MM-DD.',
              severity: 'warning',
            });
          }
          event[column.field] = value;
          break;
        default:
          event[column.field] = value;
      }
    });

    const sources: Record<string, string>[] = [];
    for (const n of [...groups.keys()].sort((a, b) => a - b)) {
      const k = sources.length;
      sources.push(groups.get(n)!);
      const names = groupColumns.get(n)!;
      const any = names.publisher ?? Object.values(names)[0];
      origin[`sources[${k}]`] = any;
      for (const f of ['publisher', 'title', 'url', 'published'] as const) {
        origin[`sources[${k}].${f}`] = names[f] ?? any;
      }
    }
    if (sources.length > 0) event.sources = sources;

    if (event.id === undefined) {
      let id = makeId(String(event.date ?? ''), String(event.title ?? ''), row);
      if (ids.has(id)) {
        let n = 2;
        while (ids.has(`${id}-${n}`)) n++;
        id = `${id}-${n}`;
      }
      ids.add(id);
      event.id = id;
      problems.push({
        path: rowPath(row, idColumn >= 0 ? header[idColumn] : undefined),
        message:
          `No id; ${JSON.stringify(id)} was made from the date and title. Add an id column, so ` +
          'that links to this event keep working when the sheet changes.',
        severity: 'warning',
      });
    }
    // The precision columns are optional in a sheet: the form of the date says it (a JSON
    // author who leaves precision out still gets the validator's warning).
    for (const [dateField, precisionField] of [
      ['date', 'precision'],
      ['end', 'endPrecision'],
    ] as const) {
      const value = event[dateField];
      if (event[precisionField] === undefined && typeof value === 'string') {
        const inferred = precisionOf(value);
        if (inferred) event[precisionField] = inferred;
      }
    }
    events.push(event);
    origins.push({ row, columns: origin });
  }
  if (eventRows > MAX_ITEMS.events) {
    problems.push({
      path: '',
      message:
        `The sheet has ${eventRows} event rows; at most ${MAX_ITEMS.events} are allowed. Only ` +
        `the first ${MAX_ITEMS.events} were read.`,
      severity: 'error',
    });
  }
  return { events, problems, origins };
}

/**
 * Reads spreadsheet CSV and checks the events (`parseCsvEvents`, then `validateEvents`), with
 * every problem at a spreadsheet path: `row 3, column "Date"`. Never throws.
 */
export function validateCsv(text: string, options?: ValidateEventsOptions): ValidationResult {
  const parsed = parseCsvEvents(text);
  const checked = validateEvents(parsed.events, options);
  const problems = [
    ...parsed.problems,
    ...checked.problems.map((p) => ({ ...p, path: csvPath(p.path, parsed.origins) })),
  ];
  return { dataset: checked.dataset, problems, leftOut: checked.leftOut };
}

/** Rewrites a validator path (`events[2].sources[0].url`) as a spreadsheet one. */
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

/**
 * Whether a response holds CSV rather than JSON: by its content type when that says so
 * (`text/csv`, `application/csv`, `text/tab-separated-values`; any `json` type says no),
 * otherwise by its text: not starting with `{`, `[` or `<`, and a first row naming at least two
 * of the columns above.
 */
export function looksLikeCsv(text: string, contentType?: string | null): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (/(?:^|\/|\+|-)csv$|tab-separated-values$/.test(type)) return true;
  if (type.includes('json') || type.includes('html')) return false;
  if (typeof text !== 'string') return false;
  const start = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trimStart();
  if (start === '' || '{["<'.includes(start[0])) return false;
  const firstLine = start.slice(0, 2000);
  const header = dsvFormat(delimiterOf(firstLine)).parseRows(firstLine.split(/\r?\n/)[0])[0] ?? [];
  const known = new Set(
    header
      .map((h) => classify(h))
      .filter((c) => c.kind !== 'unknown')
      .map(columnKey),
  );
  return known.size >= 2;
}
