/**
 * A TimelineJS JSON file (its "JSON data format": `title`, `events[]`, `eras[]`, `scale`) read as
 * slides. Values may be numbers or strings, as TimelineJS accepts both (`"year": "1969"`);
 * `null` counts as absent. Paths are JSON paths: `events[3].start_date.year`.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import {
  EMPTY_DATE,
  parseStartDateCell,
  type DateInput,
  type DatePart,
} from './timelinejs-dates.js';
import {
  NO_MEDIA,
  type Slide,
  type SlideKey,
  type SlideMedia,
  type Uncarried,
} from './timelinejs-slide.js';
import type { DataProblem } from './types.js';

export { isTimelineJsJson } from './detect.js';

type Json = Record<string, unknown>;

const DATE_PARTS: readonly DatePart[] = [
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond',
];

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: nothing inherited (`constructor`, `__proto__`) is ever read. */
function get(object: Json, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * A value as text: strings trimmed, numbers written out, absent as `''`; anything else as the
 * words that name it, so that the message about it says what was there.
 */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

const JSON_KEYS: Partial<Record<SlideKey, string>> = {
  uniqueId: 'unique_id',
  headline: 'text.headline',
  text: 'text.text',
  displayDate: 'display_date',
  'start.displayDate': 'start_date.display_date',
  'end.displayDate': 'end_date.display_date',
  'start.format': 'start_date.format',
  'end.format': 'end_date.format',
};

function pathOf(base: string, key: SlideKey, dateAsString: Set<string>): string {
  if (key === 'row' || key === 'type') return base;
  if (key === 'scale') return 'scale';
  const [which, part] = key.split('.');
  if ((which === 'start' || which === 'end') && DATE_PARTS.includes(part as DatePart)) {
    const field = `${which}_date`;
    return dateAsString.has(field) ? `${base}.${field}` : `${base}.${field}.${part}`;
  }
  return `${base}.${JSON_KEYS[key] ?? key}`;
}

/**
 * A date object, or (kindly) a date written as one string; `false` when it is unusable, which
 * is reported, saying `unusable`.
 */
function dateOf(
  slide: Json,
  field: 'start_date' | 'end_date',
  base: string,
  problems: DataProblem[],
): DateInput | null | false {
  const value = get(slide, field);
  const unusable = field === 'start_date' ? 'it is left out' : 'the end date is ignored';
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') {
    const parsed = parseStartDateCell(String(value));
    const path = `${base}.${field}`;
    if ('error' in parsed) {
      problems.push({ path, severity: 'error', message: `${parsed.error}: ${unusable}.` });
      return false;
    }
    const note = `A date should be an object such as {"year": 1969, "month": 7}: "${value}" is read as one`;
    problems.push({
      path,
      severity: 'warning',
      message: `${note}.${parsed.note ? ` ${parsed.note}` : ''}`,
    });
    return parsed.parts;
  }
  if (!isObject(value)) {
    const message = `A date must be an object such as {"year": 1969, "month": 7}; this is ${text(value)}: ${unusable}.`;
    problems.push({ path: `${base}.${field}`, severity: 'error', message });
    return false;
  }
  const date: DateInput = { ...EMPTY_DATE };
  for (const part of DATE_PARTS) date[part] = text(get(value, part));
  return Object.values(date).some((v) => v !== '') ? date : null;
}

function mediaOf(slide: Json): SlideMedia | null {
  const value = get(slide, 'media');
  if (!isObject(value)) return null;
  const media = { ...NO_MEDIA };
  for (const key of Object.keys(NO_MEDIA) as (keyof SlideMedia)[])
    media[key] = text(get(value, key));
  return media;
}

function backgroundOf(slide: Json): string {
  const value = get(slide, 'background');
  if (!isObject(value)) return text(value);
  return (
    text(get(value, 'url')) || text(get(value, 'color')) || (Object.keys(value).length ? 'set' : '')
  );
}

function uncarriedOf(slide: Json, media: SlideMedia | null): Uncarried[] {
  const dateValue = (field: string, key: string) => {
    const date = get(slide, field);
    return isObject(date) ? text(get(date, key)) : '';
  };
  const list: Uncarried[] = [
    { key: 'displayDate', value: text(get(slide, 'display_date')) },
    {
      key: 'start.displayDate',
      value: dateValue('start_date', 'display_date'),
    },
    {
      key: 'end.displayDate',
      value: dateValue('end_date', 'display_date'),
    },
    { key: 'start.format', value: dateValue('start_date', 'format') },
    { key: 'end.format', value: dateValue('end_date', 'format') },
    { key: 'background', value: backgroundOf(slide) },
    { key: 'media.thumbnail', value: media?.thumbnail ?? '' },
    { key: 'media.title', value: media?.title ?? '' },
    { key: 'media.link', value: media?.link ?? '' },
  ];
  return list.filter((u) => u.value !== '');
}

/** One slide object; `null` (with a problem) when it is not an object. */
export function readSlide(
  value: unknown,
  kind: Slide['kind'],
  base: string,
): { slide: Slide | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  if (!isObject(value)) {
    const message = `A slide must be an object; this is ${text(value) || 'empty'}: it is left out.`;
    return { slide: null, problems: [{ path: base, severity: 'error', message }] };
  }
  const words = get(value, 'text');
  if (words !== undefined && words !== null && !isObject(words)) {
    const message =
      'The text must be an object such as {"headline": "…", "text": "…"}: it is ignored.';
    problems.push({ path: `${base}.text`, severity: 'error', message });
  }
  const wordsOf = (key: string) => (isObject(words) ? text(get(words, key)) : '');
  const start = dateOf(value, 'start_date', base, problems);
  const end = dateOf(value, 'end_date', base, problems);
  const asString = new Set(
    ['start_date', 'end_date'].filter((f) => ['string', 'number'].includes(typeof get(value, f))),
  );
  if (start === false && kind !== 'title') return { slide: null, problems };
  const media = mediaOf(value);
  const slide: Slide = {
    kind,
    type: '',
    start: start || null,
    end: end || null,
    headline: wordsOf('headline'),
    text: wordsOf('text'),
    group: text(get(value, 'group')),
    uniqueId: text(get(value, 'unique_id')),
    timeZone: '',
    media,
    autolink: get(value, 'autolink') !== false,
    uncarried: kind === 'era' ? [] : uncarriedOf(value, media),
    problems,
    path: (key) => pathOf(base, key, asString),
  };
  return { slide, problems: [] };
}
