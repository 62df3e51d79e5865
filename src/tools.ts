/**
 * The data tools, without the elements: checking, reading spreadsheets, importing TimelineJS
 * files (the reading step, `readData`, does all of it as the element does) and decoding files, for
 * pages that work with timeline data and for the command line (`npx news-timeline …`), which
 * runs in Node. Importing this module registers nothing and needs no DOM.
 */
export * from './data/validate/index.js';
export {
  parseCsvEvents,
  validateCsv,
  validateCsvBytes,
  looksLikeCsv,
  excelSerialDate,
  CSV_COLUMNS,
  type CsvEvents,
  type CsvOrigin,
} from './data/csv/index.js';
export { decodeText } from './data/decode.js';
export {
  formatOf,
  readData,
  readText,
  type DataFormat,
  type FileHints,
  type ReadOptions,
  type ReadResult,
} from './data/read.js';
export {
  importTimelineJsJson,
  importTimelineJsRows,
  isTimelineJsJson,
  isTimelineJsSheet,
  type ImportResult,
  type TimelineJsImportOptions,
} from './data/import/timelinejs.js';
export {
  compareIsoDates,
  parseIsoDate,
  periodEnd,
  precisionOf,
  sortEvents,
  type ParsedDate,
} from './data/dates.js';
export { formatIsoDate, formatTime, formatDay } from './data/format.js';
export { isTimeZone, storyClock, toStoryClock, type StoryClock } from './data/time-zones.js';
export type * from './data/types.js';
export {
  renderFallback,
  renderFallbackHtml,
  escapeHtml,
  type FallbackOptions,
  type FallbackResult,
} from './fallback/html.js';
export { renderEmbedPage, inlineJson, type EmbedPageOptions } from './embed/page-html.js';
export {
  EMBED_ATTRIBUTES,
  BOOLEAN_ATTRIBUTES,
  ALLOWED_ORIGINS_META,
  parseAllowedOrigins,
  allowedSource,
} from './embed/config.js';
