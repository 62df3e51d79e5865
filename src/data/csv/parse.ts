/**
 * Reading a sheet into raw events: the row of column names first, then one event per row that
 * is not empty. The events are not checked here; the validator does that.
 */
import { precisionOf } from '../dates.js';
import { type DataProblem, type ProblemSink, Problems } from '../problems.js';
import { kebabCase, MAX_ITEMS } from '../validate/index.js';
import { classifyColumn, type ColumnRole, type CsvSourceField, roleKey } from './columns.js';
import { readRows } from './dialect.js';
import { dateCellHint } from './hints.js';
import { type CsvOrigin, rowPath } from './paths.js';

/** What `parseCsvEvents` returns. */
export interface CsvEvents {
  /** One raw event object per non-empty row, not yet checked: pass them to `validateEvents`. */
  events: unknown[];
  /** Problems with the sheet itself, at `row N, column "Name"` paths. */
  problems: DataProblem[];
  /** Where each event came from: `origins[i]` for `events[i]`. */
  origins: CsvOrigin[];
  /** How many event rows were not read, being beyond `MAX_ITEMS.events`. */
  leftOut: number;
  /** The sheet's time zone, from its first `time_zone` cell (the dataset's `timeZone`). */
  timeZone?: string;
}

/** Cells read as `key: true` (any case). */
export const CSV_TRUE = Object.freeze(['true', 'yes', 'y', '1', 'x', '✓', '✔']);
/** Cells read as `key: false` (any case); an empty cell too. */
export const CSV_FALSE = Object.freeze(['false', 'no', 'n', '0']);

/**
 * Reads spreadsheet CSV into raw event objects (see the columns in `columns.ts`), with the
 * problems of the sheet itself. The events are not checked: run them through `validateEvents`,
 * or use `validateCsv`, which does both. Never throws; at most `MAX_ITEMS.events` rows are read.
 */
export function parseCsvEvents(text: string): CsvEvents {
  const p = new Problems();
  const sheet = readSheet(p, text);
  return { ...sheet, problems: p.finish() };
}

/** The events of a sheet, where each came from, and how many rows were not read. */
export type Sheet = Omit<CsvEvents, 'problems'>;

/** The row of column names, read. */
interface Header {
  /** Each column's name as written (trimmed). */
  names: string[];
  /** What each column fills; a repeated field's second column is `unknown`. */
  roles: ColumnRole[];
  /** The column that fills each field, by `roleKey`: `date` → `Date`, `2.url` → `Source 2 URL`. */
  used: Map<string, string>;
  /** The columns of each source, by its number: `1` → `{ publisher: "Source", … }`. */
  sources: Map<number, Partial<Record<CsvSourceField, string>>>;
}

/** `parseCsvEvents`, reporting into `p`. */
export function readSheet(p: ProblemSink, text: unknown): Sheet {
  const none: Sheet = { events: [], origins: [], leftOut: 0 };
  if (typeof text !== 'string') {
    p.error('', 'Expected CSV text.');
    return none;
  }
  const rows = readRows(text);
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) {
    p.error('', 'The sheet is empty: the first row should name the columns (date, title, …).');
    return none;
  }
  const header = readHeader(p, rows[headerIndex], headerIndex + 1);
  const reader = new RowReader(p, header, writtenIds(rows.slice(headerIndex + 1), header));
  const sheet: Sheet = { events: [], origins: [], leftOut: 0 };
  let eventRows = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    if (isBlankRow(rows[r])) continue;
    eventRows++;
    if (eventRows > MAX_ITEMS.events) continue;
    const { event, origin } = reader.read(rows[r], r + 1);
    sheet.events.push(event);
    sheet.origins.push(origin);
  }
  if (reader.timeZone !== undefined) sheet.timeZone = reader.timeZone;
  if (eventRows > MAX_ITEMS.events) {
    sheet.leftOut = eventRows - MAX_ITEMS.events;
    p.error(
      '',
      `The sheet has ${eventRows} event rows; at most ${MAX_ITEMS.events} are allowed. Only ` +
        `the first ${MAX_ITEMS.events} were read.`,
    );
  }
  return sheet;
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function readHeader(p: ProblemSink, cells: readonly string[], row: number): Header {
  const header: Header = { names: [], roles: [], used: new Map(), sources: new Map() };
  cells.forEach((cell) => {
    const name = cell.trim();
    let role: ColumnRole = name === '' ? { kind: 'unknown' } : classifyColumn(name);
    const first = header.used.get(roleKey(role));
    if (role.kind === 'unknown' && name !== '') {
      p.warn(
        rowPath(row, name),
        `The timeline does not read a column named ${JSON.stringify(name)}; it was ignored.`,
      );
    } else if (first !== undefined) {
      p.warn(
        rowPath(row, name),
        `This column holds the same field as the column ${JSON.stringify(first)}; it was ignored.`,
      );
      role = { kind: 'unknown' };
    } else if (role.kind !== 'unknown') {
      header.used.set(roleKey(role), name);
      if (role.kind === 'source') {
        const columns = header.sources.get(role.group) ?? {};
        header.sources.set(role.group, { ...columns, [role.field]: name });
      }
    }
    header.names.push(name);
    header.roles.push(role);
  });
  if (!header.used.has('date')) {
    p.error(
      rowPath(row),
      'There is no "date" column: every event needs a date (YYYY-MM-DD or YYYY-MM).',
    );
  }
  if (!header.used.has('title')) {
    p.error(rowPath(row), 'There is no "title" (or "headline") column: every event needs a title.');
  }
  return header;
}

/** The ids written in the sheet, so that made-up ones never take them. */
function writtenIds(rows: readonly string[][], header: Header): Set<string> {
  const column = header.roles.findIndex((r) => r.kind === 'event' && r.field === 'id');
  return new Set(column < 0 ? [] : rows.map((r) => (r[column] ?? '').trim()));
}

/** Reads the rows of one sheet into raw events; made-up ids are unique within the sheet. */
class RowReader {
  private readonly p: ProblemSink;
  private readonly header: Header;
  private readonly ids: Set<string>;
  /** The first time zone a row gives: the sheet's. */
  timeZone: string | undefined;

  constructor(p: ProblemSink, header: Header, ids: Set<string>) {
    this.p = p;
    this.header = header;
    this.ids = ids;
  }

  /** One row (`row` its number in the sheet) as a raw event, and where it came from. */
  read(
    cells: readonly string[],
    row: number,
  ): { event: Record<string, unknown>; origin: CsvOrigin } {
    const { names, roles, used } = this.header;
    const event: Record<string, unknown> = {};
    const columns: Record<string, string> = {};
    for (const [field, name] of used) if (!field.includes('.')) columns[field] = name;
    if (cells.slice(names.length).some((c) => c.trim() !== '')) {
      this.p.warn(
        rowPath(row),
        'This row has cells beyond the last named column; they were ignored.',
      );
    }
    const sources = new Map<number, Record<string, string>>();
    roles.forEach((role, i) => {
      const value = (cells[i] ?? '').trim();
      if (value === '' || role.kind === 'unknown') return;
      const at = rowPath(row, names[i]);
      if (role.kind === 'event') {
        this.readCell(event, role.field, value, at);
        return;
      }
      if (role.field === 'published') this.hint(value, at);
      sources.set(role.group, { ...sources.get(role.group), [role.field]: value });
    });
    this.addSources(event, columns, sources);
    addMedia(event, columns);
    this.addTimes(event, row);
    if (event.id === undefined) this.makeId(event, row);
    inferPrecisions(event);
    return { event, origin: { row, columns } };
  }

  private readCell(event: Record<string, unknown>, field: string, value: string, at: string): void {
    switch (field) {
      case 'people':
        event.people = value
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        break;
      case 'key':
        this.readKey(event, value, at);
        break;
      case 'precision':
      case 'endPrecision':
        event[field] = value.toLowerCase();
        break;
      case 'category':
        event.category = kebabCase(value) || value;
        break;
      case 'date':
      case 'end':
        this.hint(value, at);
        event[field] = value;
        break;
      default:
        event[field] = value;
    }
  }

  /**
   * Joins the `time` and `end_time` cells to their dates (`2025-11-04` and `20:15` make
   * `2025-11-04T20:15`), and takes the row's time zone as the sheet's (warning when rows differ).
   */
  private addTimes(event: Record<string, unknown>, row: number): void {
    const { used } = this.header;
    for (const [dateField, timeField] of [
      ['date', 'time'],
      ['end', 'endTime'],
    ] as const) {
      const time = event[timeField];
      delete event[timeField];
      if (typeof time !== 'string') continue;
      const at = rowPath(row, used.get(timeField));
      const date = event[dateField];
      const clock = readClockTime(time);
      if (clock === null) {
        this.p.warn(
          at,
          `${JSON.stringify(time)} is not a time of day (20:15, 8:15 PM); it was ignored.`,
        );
      } else if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        this.p.warn(at, `A time needs a full date (YYYY-MM-DD) beside it; it was ignored.`);
      } else {
        event[dateField] = `${date}T${clock}`;
      }
    }
    const zone = event.timeZone;
    delete event.timeZone;
    if (typeof zone !== 'string') return;
    if (this.timeZone === undefined) this.timeZone = zone;
    else if (zone !== this.timeZone) {
      this.p.warn(
        rowPath(row, used.get('timeZone')),
        `A sheet has one time zone; ${JSON.stringify(this.timeZone)} (the first given) was used.`,
      );
    }
  }

  private readKey(event: Record<string, unknown>, value: string, at: string): void {
    const v = value.toLowerCase();
    if (CSV_TRUE.includes(v)) event.key = true;
    else if (CSV_FALSE.includes(v)) event.key = false;
    else {
      this.p.warn(at, `${JSON.stringify(value)} is not yes or no; the event is not marked as key.`);
    }
  }

  /** Warns about a date cell that a spreadsheet rewrote (`4/7/2025`, `45754`). */
  private hint(value: string, at: string): void {
    const hint = dateCellHint(value);
    if (hint !== null) this.p.warn(at, hint);
  }

  /** The sources in the order of their numbers, each with the columns it came from. */
  private addSources(
    event: Record<string, unknown>,
    columns: Record<string, string>,
    sources: ReadonlyMap<number, Record<string, string>>,
  ): void {
    const list: Record<string, string>[] = [];
    for (const n of [...sources.keys()].sort((a, b) => a - b)) {
      const k = list.length;
      list.push(sources.get(n)!);
      const names = this.header.sources.get(n)!;
      const any = names.publisher ?? Object.values(names)[0];
      columns[`sources[${k}]`] = any;
      for (const f of ['publisher', 'title', 'url', 'published'] as const) {
        columns[`sources[${k}].${f}`] = names[f] ?? any;
      }
    }
    if (list.length > 0) event.sources = list;
  }

  /** Gives a row without an id one made from its date and title, unique in the sheet (warning). */
  private makeId(event: Record<string, unknown>, row: number): void {
    let id = idFrom(String(event.date ?? ''), String(event.title ?? ''), row);
    if (this.ids.has(id)) {
      let n = 2;
      while (this.ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    this.ids.add(id);
    event.id = id;
    this.p.warn(
      rowPath(row, this.header.used.get('id')),
      `No id; ${JSON.stringify(id)} was made from the date and title. Add an id column, so ` +
        'that links to this event keep working when the sheet changes.',
    );
  }
}

/** The image columns and the fields of `media` they fill. */
const MEDIA_COLUMNS = [
  ['media', 'url'],
  ['mediaAlt', 'alt'],
  ['mediaCaption', 'caption'],
  ['mediaCredit', 'credit'],
] as const;

/**
 * Gathers the image cells of a row into `event.media` (`{ url, alt, caption, credit }`) when any
 * is filled, and names the column of each of its fields (`media.alt` → `Media alt`). An image
 * without its address or alt text stays incomplete here: the validator says what is missing.
 */
function addMedia(event: Record<string, unknown>, columns: Record<string, string>): void {
  const media: Record<string, string> = {};
  for (const [cell, field] of MEDIA_COLUMNS) {
    const value = event[cell];
    const column = columns[cell];
    delete event[cell];
    delete columns[cell];
    if (column === undefined) continue;
    columns[`media.${field}`] = column;
    columns.media ??= column;
    if (typeof value === 'string') media[field] = value;
  }
  if (Object.keys(media).length > 0) event.media = media;
}

/** A deterministic id from the date and title, at most 60 characters, cut at a hyphen. */
function idFrom(date: string, title: string, row: number): string {
  let id = kebabCase(`${date} ${title}`);
  if (id.length > 60) id = id.slice(0, 61).replace(/-[^-]*$/, '');
  return id || `row-${row}`;
}

/**
 * Fills in the precision of `date` and `end` from their form. The precision columns are optional
 * in a sheet: the form of the date says it (a JSON author who leaves precision out still gets the
 * validator's warning).
 */
function inferPrecisions(event: Record<string, unknown>): void {
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
}

/**
 * A time of day as a sheet holds it, written as the data's `HH:MM` (with `:SS` and its offset if
 * given): `20:15`, `8:15`, `8:15 PM`, `20:15:30`, `20:15-05:00`, `20:15 -0500`, `20:15Z`. `null`
 * for anything else.
 */
export function readClockTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  let h = Number(m[1]);
  const ampm = m[4]?.[0]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (h > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = m[3] && m[3] !== '00' ? `:${m[3]}` : '';
  const offset = m[5] ? (m[5] === 'Z' ? 'Z' : `${m[5].slice(0, 3)}:${m[5].slice(-2)}`) : '';
  return `${pad(h)}:${m[2]}${seconds}${offset}`;
}
