/**
 * Checking timeline data before it is rendered. Data comes from authors (hand-written JSON, a
 * spreadsheet, a CMS), so every function here takes `unknown`, never throws, never changes its
 * input, and returns fresh objects that carry only the fields of the data model: unknown fields
 * are dropped, which also keeps stray properties (and `__proto__` keys) out of the renderer.
 *
 * Each problem found is reported with a path into the data (`events[3].sources[0].url`) and a
 * message an author can act on. Severity:
 *
 * - `error`: the data breaks a rule of the format (`news-timeline.schema.json` rejects it too,
 *   except for the few rules a schema cannot state: unique ids, an end after its start, an
 *   address the URL parser refuses). What could not be used was left out or cut short, and the
 *   message says which.
 * - `warning`: the data is usable as written, but something was filled in (a precision, a
 *   category list), reordered, or looks like a mistake (an unknown category, an event without
 *   sources, an unknown field).
 *
 * Leaving out a field that is expected but not essential (`summary`, `category`, `description`)
 * gives a warning; an empty string there says "none" on purpose and gives no problem. `null` is
 * treated as a missing field everywhere. Text is kept as written, line breaks included.
 *
 * The modules, by concern: `untrusted` (reading values nobody vouches for), `strings`, `text`,
 * `ids`, `urls`, `dates`, `dataset`, `categories`, `event`, `source`, `media` (an event's image),
 * `track` (tracks and their spans), `json` (JSON text), `limits`; problems are collected by `../problems.ts`.
 */
export { type DataProblem, MAX_PROBLEMS } from '../problems.js';
export {
  DEFAULT_DATASET_ID,
  DEFAULT_TITLE,
  validateDataset,
  validateEvents,
  type ValidateEventsOptions,
  type ValidateOptions,
  type ValidationResult,
} from './dataset.js';
export { KEBAB_ID, kebabCase } from './ids.js';
export { jsonErrorOffset, parseJsonDataset } from './json.js';
export { MAX_ITEMS, MAX_LENGTHS } from './limits.js';
export { MAX_IMAGE_SIDE } from './media.js';
export type { MissingSources } from './source.js';
export { isSafeUrl, mediaUrlProblem, resolveMediaUrl, SAFE_URL_PROTOCOLS } from './urls.js';
