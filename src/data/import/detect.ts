/**
 * Telling a TimelineJS input from ours, cheaply: the header row of a sheet, the shape of a JSON
 * value, and a first look at JSON text. Kept apart from the importer, so that the element can
 * recognise a TimelineJS file with these few lines and load the importer only then.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */

/** The template's columns, in its order (A to S), as TimelineJS names them. */
export const TEMPLATE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
] as const;

/** The columns that only the sheets of before 2015 have. */
export const OLDER_COLUMNS = ['Start Date', 'End Date', 'Tag'] as const;

/**
 * Columns TimelineJS does not have and we read: the IANA time zone of the sheet's times
 * (`America/Chicago`), which TimelineJS sheets cannot say. TimelineJS ignores an extra column.
 */
export const EXTRA_COLUMNS = ['Time Zone'] as const;

/** Columns only TimelineJS sheets have (not our own CSV format): two of them make a sheet one. */
const DISTINCTIVE: ReadonlySet<string> = new Set(
  [...TEMPLATE_COLUMNS, ...OLDER_COLUMNS]
    .filter((c) => !['Year', 'Headline', 'Start Date', 'End Date'].includes(c))
    .map(normaliseColumn),
);

/** A column name as it is matched: no BOM, trimmed, lowercase, `_` and `-` as spaces. */
export function normaliseColumn(name: unknown): string {
  return String(name ?? '')
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/**
 * True when a header row is a TimelineJS sheet's: a Year (or Start Date) column, a Headline
 * column, and at least two of the columns that only TimelineJS sheets have.
 */
export function isTimelineJsSheet(header: readonly string[]): boolean {
  if (!Array.isArray(header)) return false;
  const names = new Set(header.map(normaliseColumn));
  const dated = names.has('year') || names.has('start date');
  const distinctive = [...names].filter((n) => DISTINCTIVE.has(n)).length;
  return dated && names.has('headline') && distinctive >= 2;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: nothing inherited (`constructor`, `__proto__`) is ever read. */
function get(object: Json, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * True when a value is a TimelineJS timeline: an object with an `events` list, whose events
 * have a `start_date` or a `text` object, or which has a `title` slide (an object) or an `eras`
 * list. Our own format is not: its `title` is a string and its events have a `date` (an event's
 * `media` object is in both formats, so it says nothing).
 */
export function isTimelineJsJson(value: unknown): boolean {
  if (!isObject(value)) return false;
  const events = get(value, 'events');
  const title = get(value, 'title');
  if (!Array.isArray(events) || typeof title === 'string') return false;
  const slideLike = (e: unknown) =>
    isObject(e) && (get(e, 'start_date') !== undefined || isObject(get(e, 'text')));
  return events.some(slideLike) || isObject(title) || Array.isArray(get(value, 'eras'));
}

/**
 * Whether JSON text may be a TimelineJS timeline, without parsing it: it names a `start_date`,
 * an `eras` list or a `title` object. A false "yes" costs a look with `isTimelineJsJson`; a "no"
 * is sure (a TimelineJS timeline with none of them has no events with dates).
 */
export function mayBeTimelineJsJson(text: string): boolean {
  return /"(?:start_date|eras)"\s*:|"title"\s*:\s*\{/.test(text);
}
