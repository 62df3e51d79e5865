/**
 * Importing TimelineJS timelines (https://timeline.knightlab.com): its JSON files and the CSV of
 * its Google Sheets template, recognised by their shape, no attribute needed. Both come out as
 * our dataset, not yet validated, with a problem for everything that could not be carried (see
 * `docs/timelinejs.md` for the mapping and the reasons).
 *
 * Pure functions with no DOM, so that the command line runs the same code as the browser; they
 * never throw and never change their input.
 *
 * ```ts
 * const { dataset, problems } = importTimelineJsRows(csvParseRows(text), { timeZone: 'America/Chicago' });
 * ```
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import { buildDataset } from './timelinejs-build.js';
import { isObject, isTimelineJsJson, readSlide } from './timelinejs-json.js';
import { isTimelineJsSheet, readHeader, readRow } from './timelinejs-sheet.js';
import type { Slide, TimelineJsImportOptions } from './timelinejs-slide.js';
import type { DataProblem, ImportResult } from './types.js';

export { isTimelineJsJson, isTimelineJsSheet };
export type { TimelineJsImportOptions };
export type {
  ImportResult,
  RawDataset,
  RawEvent,
  RawMedia,
  RawPrecision,
  RawSpan,
  RawTrack,
} from './types.js';

/** The dataset of nothing, with the problem that says why. */
function nothing(path: string, message: string, options: TimelineJsImportOptions): ImportResult {
  const built = buildDataset([], { ...options, title: options.title ?? 'Timeline' });
  return { ...built, problems: [{ path, message, severity: 'error' }] };
}

/**
 * Where a problem is in the input, for listing them in its order: the header and the title
 * first, then rows or events, then eras, then the input as a whole.
 */
function inputOrder(path: string): number {
  const m = /^(?:row (\d+)|events\[(\d+)\]|eras\[(\d+)\])/.exec(path);
  if (m?.[1] !== undefined) return Number(m[1]);
  if (m?.[2] !== undefined) return 1 + Number(m[2]);
  if (m?.[3] !== undefined) return 2 ** 40 + Number(m[3]);
  return path === '' ? Number.POSITIVE_INFINITY : 0;
}

/** The problems found while reading and while building, in the order of the input. */
function merge(reading: DataProblem[], result: ImportResult): ImportResult {
  const problems = [...reading, ...result.problems]
    .map((problem, i) => ({ problem, i, at: inputOrder(problem.path) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((p) => p.problem);
  return { ...result, problems };
}

/**
 * Imports a TimelineJS sheet: `rows` are the cells of its CSV export, row 0 holding the column
 * names (spreadsheet row 1). Problems name the row as the spreadsheet numbers it and the column
 * as row 1 names it: `row 4, column "End Month"`.
 */
export function importTimelineJsRows(
  rows: readonly (readonly string[])[],
  options: TimelineJsImportOptions = {},
): ImportResult {
  const header =
    Array.isArray(rows) && Array.isArray(rows[0]) ? (rows[0] as readonly unknown[]) : [];
  const columns = readHeader(header);
  if (!columns.v1 && !columns.index.has('Year')) {
    const message =
      'There is no Year column (nor a Start Date one): this is not a TimelineJS sheet.';
    return merge(columns.problems, nothing('row 1', message, options));
  }
  const reading = [...columns.problems];
  const slides: Slide[] = [];
  rows.slice(1).forEach((cells, i) => {
    const { slide, problems } = readRow(cells, i + 2, columns);
    reading.push(...problems);
    if (slide) slides.push(slide);
  });
  return merge(reading, buildDataset(slides, options));
}

/**
 * Imports a TimelineJS JSON timeline (already parsed). Problems name JSON paths:
 * `events[3].start_date.year`.
 */
export function importTimelineJsJson(
  value: unknown,
  options: TimelineJsImportOptions = {},
): ImportResult {
  const events = isObject(value) && Object.hasOwn(value, 'events') ? value.events : undefined;
  if (!isObject(value) || !Array.isArray(events)) {
    const message = 'This is not a TimelineJS timeline: that is an object with an "events" list.';
    return nothing(isObject(value) ? 'events' : '', message, options);
  }
  const reading: DataProblem[] = [];
  const slides: Slide[] = [];
  const read = (item: unknown, kind: Slide['kind'], path: string) => {
    const { slide, problems } = readSlide(item, kind, path);
    reading.push(...problems);
    if (slide) slides.push(slide);
  };
  const title = Object.hasOwn(value, 'title') ? value.title : undefined;
  if (title !== undefined && title !== null) read(title, 'title', 'title');
  events.forEach((event, i) => read(event, 'event', `events[${i}]`));
  const eras = Object.hasOwn(value, 'eras') ? value.eras : undefined;
  if (Array.isArray(eras)) eras.forEach((era, i) => read(era, 'era', `eras[${i}]`));
  const scale = Object.hasOwn(value, 'scale') ? value.scale : undefined;
  if (scale !== undefined && scale !== null && scale !== 'human') {
    const message = `The scale "${String(scale)}" is not carried: dates are always on the human scale (years 1 to 9999).`;
    reading.push({ path: 'scale', message, severity: 'warning' });
  }
  return merge(reading, buildDataset(slides, options));
}
