/**
 * A whole dataset, or a bare list of events: the dataset fields, then the categories, the
 * events (in date order) and the tracks. The entry points `validateDataset` and `validateEvents`
 * never throw.
 */
import { precisionOf } from '../dates.js';
import { isTimeZone, storyClock } from '../time-zones.js';
import { type DataProblem, type ProblemSink, Problems } from '../problems.js';
import type { TimelineCategory, TimelineDataset, TimelineEvent } from '../types.js';
import { checkCategories, deriveCategories } from './categories.js';
import { checkDate, inDateOrder, type Placed } from './dates.js';
import { checkEvent, type EventContext } from './event.js';
import { checkId } from './ids.js';
import type { MissingSources } from './source.js';
import { MAX_ITEMS, MAX_LENGTHS } from './limits.js';
import { isBlank, quote } from './strings.js';
import { optionalText, requiredText } from './text.js';
import { checkTracks } from './track.js';
import { checkTranslations } from './translations.js';
import {
  absent,
  describeError,
  type Fields,
  isArray,
  isRecord,
  items,
  readFields,
  show,
  UNREADABLE,
} from './untrusted.js';

/** What the validators return. */
export interface ValidationResult {
  /**
   * The usable part of the data, as fresh objects; `null` when nothing usable is left (not an
   * object, no events list, or none of its events usable). An empty events list is usable.
   */
  dataset: TimelineDataset | null;
  /** Everything found, in the order of the data; at most `MAX_PROBLEMS` (+1 summary). */
  problems: DataProblem[];
  /**
   * How many of the given events (for a CSV sheet: of its event rows) were left out: the number
   * given minus the number in `dataset.events`, those beyond `MAX_ITEMS.events` included. All of
   * them when `dataset` is `null` because none could be used; `0` when there was no list of
   * events to count (not a dataset, no `events`, data that could not be read). Read this count,
   * never the messages: `problems` is capped at `MAX_PROBLEMS`, and its sentences may change.
   */
  leftOut: number;
}

/** Options of `validateDataset`. */
export interface ValidateOptions {
  /** The heading used when the data has no usable title. Default `"Timeline"`. */
  fallbackTitle?: string;
  /**
   * Events and tracks without sources: `warn` about each (default), or `allow` them quietly, for
   * data imported from a format that has no sources (TimelineJS), whose importer warns once with
   * the count. Either way they are kept, and readers see "No source listed". Bundled stories are
   * held to a source for every event by their own tests.
   */
  missingSources?: MissingSources;
}

/** Options of `validateEvents`: the dataset fields a bare list of events does not have. */
export interface ValidateEventsOptions extends ValidateOptions {
  /** The dataset id. Default `"timeline"`. */
  id?: string;
  /** The heading. Default `fallbackTitle`, or `"Timeline"`. */
  title?: string;
  /** The one-line description. Default none (`""`). */
  description?: string;
  /** When the data was last checked, `YYYY-MM-DD`. Default unknown (`""`). */
  updated?: string;
  /** The categories, in legend order; checked like a dataset's. Default: taken from the events. */
  categories?: unknown;
  /** The IANA time zone of the story, for local times of day (see `TimelineDataset.timeZone`). */
  timeZone?: string;
}

/** The id of a dataset that has none (and of every `validateEvents` dataset by default). */
export const DEFAULT_DATASET_ID = 'timeline';

/** The heading of a dataset that has none (and of every `validateEvents` dataset by default). */
export const DEFAULT_TITLE = 'Timeline';

/** A checked dataset and how many of its events were left out (see `ValidationResult`). */
export interface Checked {
  dataset: TimelineDataset | null;
  leftOut: number;
}

const DATASET_FIELDS = [
  'id',
  'title',
  'description',
  'updated',
  'timeZone',
  'categories',
  'events',
  'tracks',
  'translations',
] as const;

/**
 * Checks a whole dataset (`TimelineDataset`, as parsed from JSON) and returns its usable part,
 * the problems found and how many events were left out. Never throws; never changes `input`.
 */
export function validateDataset(input: unknown, options?: ValidateOptions): ValidationResult {
  const p = new Problems();
  const checked = guarded(p, () => checkDataset(p, input, options));
  return { dataset: checked.dataset, problems: p.finish(), leftOut: checked.leftOut };
}

/**
 * Checks a bare list of events (what a spreadsheet gives) and wraps the usable ones in a dataset
 * with a generic title and categories taken from the events (`options` may give those dataset
 * fields). Paths are `events[i]…`, as in a dataset. Never throws; never changes `input`.
 */
export function validateEvents(input: unknown, options?: ValidateEventsOptions): ValidationResult {
  const p = new Problems();
  const checked = checkEventsInto(p, input, options);
  return { dataset: checked.dataset, problems: p.finish(), leftOut: checked.leftOut };
}

/**
 * `validateEvents`, reporting into `p` rather than into a list of its own: the CSV reader passes
 * a sink that rewrites the paths as rows and columns. Never throws.
 */
export function checkEventsInto(
  p: ProblemSink,
  input: unknown,
  options?: ValidateEventsOptions,
): Checked {
  return guarded(p, () => {
    if (!isArray(input)) {
      p.error('', `The data must be a list of events, not ${show(input)}.`);
      return { dataset: null, leftOut: 0 };
    }
    const bare = options ?? {};
    const fallbackTitle = fallbackTitleOf(options);
    // A bare list of events: the dataset fields come from the options, quietly.
    const fields: Fields = new Map<string, unknown>([
      ['id', bare.id ?? DEFAULT_DATASET_ID],
      ['title', bare.title ?? fallbackTitle],
      ['description', bare.description ?? ''],
      ['updated', bare.updated ?? ''],
      ['timeZone', bare.timeZone],
      ['categories', bare.categories],
      ['events', input],
    ]);
    return checkFields(p, fields, { ...options, fallbackTitle }, true);
  });
}

/** Runs a check; data that throws where nothing should (a revoked Proxy) is reported, not thrown. */
function guarded(p: ProblemSink, run: () => Checked): Checked {
  try {
    return run();
  } catch (e) {
    // Only exotic inputs get here (a revoked Proxy, a trap that throws): nothing is trusted.
    p.error('', `The data could not be read (${describeError(e)}).`);
    return { dataset: null, leftOut: 0 };
  }
}

function fallbackTitleOf(options: ValidateOptions | undefined): string {
  return typeof options?.fallbackTitle === 'string' && !isBlank(options.fallbackTitle)
    ? options.fallbackTitle
    : DEFAULT_TITLE;
}

function checkDataset(p: ProblemSink, input: unknown, options?: ValidateOptions): Checked {
  if (!isRecord(input)) {
    p.error(
      '',
      isArray(input)
        ? 'The data is a list, but a dataset is an object with a title and a list of events. ' +
            'Wrap the list: { "title": "…", "events": [ … ] }.'
        : `The data must be an object with a title and a list of events, not ${show(input)}.`,
    );
    return { dataset: null, leftOut: 0 };
  }
  const fields = readFields(p, input, '', DATASET_FIELDS, ['$schema']);
  return checkFields(p, fields, { ...options, fallbackTitle: fallbackTitleOf(options) }, false);
}

/** The dataset from its fields; `bare` when they were made up for a list of events. */
function checkFields(
  p: ProblemSink,
  fields: Fields,
  options: ValidateOptions & { fallbackTitle: string },
  bare: boolean,
): Checked {
  const { missingSources } = options;
  const head = checkHead(p, fields, options.fallbackTitle);
  const clock = storyClock(head.timeZone, rawDates(fields.get('events')));
  // Categories, when given, come first: events are checked against them.
  const categoriesValue = fields.get('categories');
  let categories = checkCategoryList(p, categoriesValue);
  const { events, leftOut } = checkEventList(p, fields.get('events'), {
    ids: new Map(),
    declared: categories ? new Map(categories.map((c) => [c.id, c.label])) : null,
    clock,
    missingSources,
  });
  if (events === null) return { dataset: null, leftOut };
  if (!categories) {
    categories = deriveCategories(events);
    if (!bare && categoriesValue !== UNREADABLE && absent(categoriesValue)) {
      const list = categories.map((c) => c.id).join(', ') || 'none';
      p.warn(
        'categories',
        `The dataset has no list of categories; they were taken from the events (${list}). ` +
          'Add "categories" to choose their labels and legend order.',
      );
    }
  }
  const dataset: TimelineDataset = { ...head, categories, events };
  const tracksValue = fields.get('tracks');
  if (isArray(tracksValue)) {
    dataset.tracks = checkTracks(p, tracksValue, clock, missingSources);
  } else if (!absent(tracksValue) && tracksValue !== UNREADABLE) {
    p.error('tracks', `The tracks must be a list, not ${show(tracksValue)}. They were left out.`);
  }
  const translations = checkTranslations(p, fields.get('translations'), dataset);
  if (translations) dataset.translations = translations;
  return { dataset, leftOut };
}

type Head = Pick<TimelineDataset, 'id' | 'title' | 'description' | 'updated' | 'timeZone'>;

/** The dataset's own fields: id, title, description, updated, timeZone. */
function checkHead(p: ProblemSink, fields: Fields, fallbackTitle: string): Head {
  const idValue = fields.get('id');
  let id = DEFAULT_DATASET_ID;
  if (absent(idValue)) {
    p.warn('id', `The dataset has no id; "${DEFAULT_DATASET_ID}" was used.`);
  } else if (idValue !== UNREADABLE) {
    id = checkId(p, idValue, 'id', `"${DEFAULT_DATASET_ID}" was used.`) ?? DEFAULT_DATASET_ID;
  }
  const title =
    requiredText(p, fields.get('title'), 'title', {
      name: 'title',
      max: MAX_LENGTHS.title,
      dropped: `${quote(fallbackTitle)} was used; give the timeline a heading.`,
    }) ?? fallbackTitle;
  const descriptionValue = fields.get('description');
  if (absent(descriptionValue)) {
    p.warn('description', 'The dataset has no description: one line that says what it shows.');
  }
  const description =
    optionalText(p, descriptionValue, 'description', {
      name: 'description',
      max: MAX_LENGTHS.text,
      dropped: 'It was left out.',
    }) ?? '';
  const updated = checkUpdated(p, fields.get('updated'));
  const timeZone = checkTimeZone(p, fields.get('timeZone'));
  return timeZone
    ? { id, title, description, updated, timeZone }
    : { id, title, description, updated };
}

/** An IANA time zone the browser knows, or `undefined` (reported when given and unusable). */
function checkTimeZone(p: ProblemSink, value: unknown): string | undefined {
  if (value === UNREADABLE || absent(value) || value === '') return undefined;
  if (isTimeZone(value)) return value;
  p.error(
    'timeZone',
    `${show(value)} is not a time zone. Use an IANA name such as "America/Chicago" or ` +
      '"Europe/Berlin". It was ignored: times with an offset keep it, and local times cannot be placed.',
  );
  return undefined;
}

/** The date strings of the raw events, to find the story's clock before they are checked. */
function* rawDates(value: unknown): Generator<string> {
  if (!isArray(value)) return;
  for (const item of value.slice(0, MAX_ITEMS.events)) {
    if (!isRecord(item)) continue;
    const date: unknown = Object.getOwnPropertyDescriptor(item, 'date')?.value;
    if (typeof date === 'string') yield date;
  }
}

function checkUpdated(p: ProblemSink, value: unknown): string {
  if (value === UNREADABLE) return '';
  if (absent(value)) {
    p.warn('updated', 'The dataset has no "updated" date (YYYY-MM-DD): when it was last checked.');
    return '';
  }
  if (value === '') return '';
  const dropped = 'It was left out.';
  const date = checkDate(p, value, 'updated', { name: 'updated date', precisionName: '', dropped });
  if (date === null) return '';
  if (precisionOf(date) !== 'day') {
    p.error('updated', `${quote(date)} must be a full date, YYYY-MM-DD. ${dropped}`);
    return '';
  }
  return date;
}

/** The declared categories, or `null` when the dataset declares none (or not as a list). */
function checkCategoryList(p: ProblemSink, value: unknown): TimelineCategory[] | null {
  if (isArray(value)) return checkCategories(p, value);
  if (!absent(value) && value !== UNREADABLE) {
    p.error(
      'categories',
      `The categories must be a list of { "id", "label" } objects, not ${show(value)}. ` +
        'They were taken from the events instead.',
    );
  }
  return null;
}

/**
 * The usable events in date order, and how many of those given were left out; `events` is
 * `null` (reported) when there is no list, or none of its events is usable.
 */
function checkEventList(
  p: ProblemSink,
  value: unknown,
  context: EventContext,
): { events: TimelineEvent[] | null; leftOut: number } {
  if (value === UNREADABLE) return { events: null, leftOut: 0 };
  if (!isArray(value)) {
    p.error(
      'events',
      absent(value)
        ? 'The dataset has no list of events. Add "events": [ … ].'
        : `The events must be a list, not ${show(value)}.`,
    );
    return { events: null, leftOut: 0 };
  }
  const kept: Placed<TimelineEvent>[] = [];
  const raw = items(p, value, 'events', MAX_ITEMS.events, 'events');
  raw.forEach((item, i) => {
    const path = `events[${i}]`;
    const event = checkEvent(p, item, path, context);
    if (event) kept.push({ item: event, path });
  });
  const given = Math.max(value.length, raw.length);
  if (raw.length > 0 && kept.length === 0) {
    p.error(
      'events',
      `None of the ${raw.length} events could be used (see the problems above), so there is ` +
        'nothing to show.',
    );
    return { events: null, leftOut: given };
  }
  const events = inDateOrder(p, kept, (e) => e.date, 'date', 'events');
  return { events, leftOut: given - kept.length };
}
