/**
 * The reading step: a file's bytes or text, whatever it is (our JSON, a bare list of events, our
 * CSV, a TimelineJS JSON file or the CSV of a TimelineJS sheet), to a validated dataset and its
 * problems. The element's data-source controller and the command line (`npx news-timeline
 * import`) both read through here (`read-core.ts`; the element loads the importer when it needs
 * it), so a file gives the same answer in both.
 *
 * A TimelineJS input is recognised by its shape (`isTimelineJsJson`) or by the header of its
 * sheet (`isTimelineJsSheet`), imported (`data/import/`), then validated like any other data, with
 * the importer's problems first and the validator's at the input's own paths (`row 5, column
 * "Headline"`, `events[3].text.headline`). Pure; no DOM; never throws.
 */
import { decodeText } from './decode.js';
import * as timelineJs from './import/timelinejs.js';
import type { DataProblem } from './problems.js';
import {
  type DataFormat,
  type FileHints,
  formatOf,
  type ReadOptions,
  type ReadResult,
  readTextWith,
} from './read-core.js';

export {
  type DataFormat,
  type FileHints,
  formatOf,
  mayBeTimelineJs,
  type ReadOptions,
  type ReadResult,
} from './read-core.js';

/**
 * Reads a file's bytes (`await response.arrayBuffer()`, `fs.readFile`): decoded with `decodeText`
 * (UTF-8, else Windows-1252 with a warning that comes first), its format told by `formatOf`,
 * then read as `readText` reads it. Never throws; the bytes are not changed.
 */
export function readData(
  bytes: Uint8Array | ArrayBuffer,
  hints: FileHints = {},
  options: ReadOptions = {},
): ReadResult {
  const decoded = decodeText(bytes);
  const format = formatOf(decoded.text, hints.contentType ?? null, hints.pathname ?? '');
  return readText(decoded.text, format, options, decoded.problems);
}

/**
 * Reads text as JSON or CSV: a TimelineJS file is imported, then validated; our own format is
 * validated (`parseJsonDataset`, `validateCsv`). `before` are problems found earlier (the
 * decoder's), listed first. Never throws.
 */
export function readText(
  text: string,
  format: DataFormat,
  options: ReadOptions = {},
  before: readonly DataProblem[] = [],
): ReadResult {
  return readTextWith(timelineJs, text, format, options, before);
}
