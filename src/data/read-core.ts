/**
 * The reading step, with the TimelineJS importer passed in rather than imported: what the
 * element runs, so that its drop-in bundle loads the importer (a tenth of its size) only for a
 * page that gives it a TimelineJS file. `read.ts` is the same step with the importer built in,
 * for the data tools and the command line; see there for what it does.
 *
 * `mayBeTimelineJs` tells, cheaply, whether text may need the importer; `readTextWith` then
 * reads it, with the importer when it was loaded. Pure; no DOM; never throws.
 */
import { checkSheet, firstRow, looksLikeCsv } from './csv/index.js';
import { readRows } from './csv/dialect.js';
import { isTimelineJsJson, isTimelineJsSheet, mayBeTimelineJsJson } from './import/detect.js';
import type * as TimelineJs from './import/timelinejs.js';
import type { ImportResult, TimelineJsImportOptions } from './import/timelinejs.js';
import { type DataProblem, Problems } from './problems.js';
import { validateDataset, validateEvents, type ValidationResult } from './validate/dataset.js';
import { parseJsonText, unusable } from './validate/json.js';

/** How a file is written. */
export type DataFormat = 'json' | 'csv';

/** What `readData` found: the validator's answer, and what the input was. */
export interface ReadResult extends ValidationResult {
  /** How it was read. */
  format: DataFormat;
  /** `timelinejs` when it was a TimelineJS file and was imported; else `native`. */
  origin: 'native' | 'timelinejs';
}

/** Options of the reading step. */
export interface ReadOptions {
  /**
   * For TimelineJS input: the IANA time zone its times of day are in (`America/Chicago`).
   * TimelineJS times have none; without it (or a Time Zone column), they are kept as their day.
   */
  timeZone?: string;
}

/** The importer's two entry points (`import('./import/timelinejs.js')` gives them). */
export type TimelineJsImporter = Pick<
  typeof TimelineJs,
  'importTimelineJsJson' | 'importTimelineJsRows'
>;

/** What is known of a file besides its bytes. */
export interface FileHints {
  /** The `Content-Type` the server sent, if any. */
  contentType?: string | null;
  /** The file's path or address path (`/data/story.csv`): its extension may say the format. */
  pathname?: string;
}

/**
 * True when text in `format` may be a TimelineJS file, so that reading it needs the importer: a
 * sheet whose header is TimelineJS's, or JSON that names TimelineJS's keys (a quick look, not a
 * parse; a false "yes" only loads the importer for nothing).
 */
export function mayBeTimelineJs(text: string, format: DataFormat): boolean {
  return format === 'csv' ? isTimelineJsSheet(firstRow(text)) : mayBeTimelineJsJson(text);
}

/**
 * Reads text as JSON or CSV: a TimelineJS file is imported with `timelineJs`, then validated;
 * our own format is validated (`parseJsonDataset`, `validateCsv`). `before` are problems found
 * earlier (the decoder's), listed first. A TimelineJS file read without the importer gives no
 * dataset and an error that says so (the caller should have loaded it: `mayBeTimelineJs`).
 * Never throws.
 */
export function readTextWith(
  timelineJs: TimelineJsImporter | undefined,
  text: string,
  format: DataFormat,
  options: ReadOptions = {},
  before: readonly DataProblem[] = [],
): ReadResult {
  const p = new Problems();
  for (const problem of before) p.add(problem);
  if (format === 'csv') {
    if (isTimelineJsSheet(firstRow(text))) {
      if (!timelineJs) return withoutImporter(p, format);
      // From the row of column names on (it is row 1 in the problems' paths).
      const rows = readRows(text);
      const sheet = rows.slice(Math.max(0, rows.findIndex(filled)));
      return imported(p, timelineJs.importTimelineJsRows(sheet, importOptions(options)), format);
    }
    return { ...checkSheet(p, text, undefined), format, origin: 'native' };
  }
  const parsed = parseJsonText(text);
  if ('error' in parsed) return { ...prepend(p, unusable(parsed.error)), format, origin: 'native' };
  const { value } = parsed;
  if (isTimelineJsJson(value)) {
    if (!timelineJs) return withoutImporter(p, format);
    return imported(p, timelineJs.importTimelineJsJson(value, importOptions(options)), format);
  }
  const result = Array.isArray(value) ? validateEvents(value) : validateDataset(value);
  return { ...prepend(p, result), format, origin: 'native' };
}

/**
 * JSON or CSV: by the content type when it says so, then by the file's extension (`.json`;
 * `.csv`, `.tsv`), then by the text itself (`looksLikeCsv`: a first row of known columns, ours or
 * a TimelineJS sheet's).
 */
export function formatOf(text: string, contentType: string | null, pathname: string): DataFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type.includes('json')) return 'json';
  if (/(?:^|\/|\+|-)csv$|tab-separated-values$/.test(type)) return 'csv';
  const extension = /\.([a-z0-9]+)$/i.exec(pathname)?.[1].toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  return looksLikeCsv(text) ? 'csv' : 'json';
}

function withoutImporter(p: Problems, format: DataFormat): ReadResult {
  p.error('', 'This is a TimelineJS file, and the TimelineJS importer was not loaded.');
  return { dataset: null, problems: p.finish(), leftOut: 0, format, origin: 'timelinejs' };
}

function filled(row: readonly string[]): boolean {
  return row.some((c) => c.trim() !== '');
}

function importOptions(options: ReadOptions): TimelineJsImportOptions {
  return options.timeZone === undefined ? {} : { timeZone: options.timeZone };
}

/** `result` with the problems already in `p` first. */
function prepend(p: Problems, result: ValidationResult): ValidationResult {
  for (const problem of result.problems) p.add(problem);
  return { ...result, problems: p.finish() };
}

/**
 * An imported dataset, validated: the importer's problems first, then the validator's at the
 * input's paths. Events without sources are allowed quietly (the importer counted them). When
 * the importer and the validator left out every event, nothing is usable.
 */
function imported(p: Problems, result: ImportResult, format: DataFormat): ReadResult {
  for (const problem of result.problems) p.add(problem);
  const checked = validateDataset(result.dataset, { missingSources: 'allow' });
  for (const problem of checked.problems)
    p.add({ ...problem, path: result.inputPath(problem.path) });
  const leftOut = result.leftOut + checked.leftOut;
  let { dataset } = checked;
  if (dataset && dataset.events.length === 0 && result.leftOut > 0) {
    p.error(
      '',
      `None of the ${result.leftOut} events could be used (see the problems above), so there is ` +
        'nothing to show.',
    );
    dataset = null;
  }
  return { dataset, problems: p.finish(), leftOut, format, origin: 'timelinejs' };
}
