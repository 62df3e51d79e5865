/**
 * One event: an id, a date (and maybe an end), a title, and what is expected but not essential
 * (a summary, a category, sources). An event without a usable id, date or title is left out.
 */
import type { ProblemSink } from '../problems.js';
import type { StoryClock } from '../time-zones.js';
import type { TimelineEvent, TimelineMedia, TimelineSource } from '../types.js';
import { checkEnd, requiredDate, type CheckedDate } from './dates.js';
import { checkId, requiredId } from './ids.js';
import { MAX_ITEMS, MAX_LENGTHS } from './limits.js';
import { checkMedia } from './media.js';
import { checkSources, type MissingSources } from './source.js';
import { quote } from './strings.js';
import { optionalText, requiredText } from './text.js';
import {
  absent,
  type Fields,
  isArray,
  isRecord,
  items,
  join,
  readFields,
  show,
  UNREADABLE,
} from './untrusted.js';

const EVENT_FIELDS = [
  'id',
  'date',
  'precision',
  'end',
  'endPrecision',
  'title',
  'label',
  'summary',
  'category',
  'people',
  'sources',
  'key',
  'media',
] as const;

/** The message tail of the problems that leave an event out. */
const EVENT_LEFT_OUT = 'The event was left out.';

/** What the events of one dataset share while they are checked. */
export interface EventContext {
  /** The ids taken so far, each with the title of its event. */
  ids: Map<string, string>;
  /** The declared categories (id → label), or `null` when they come from the events. */
  declared: Map<string, string> | null;
  /** The story's clock, on which times are written (see `checkDate`). */
  clock?: StoryClock;
  /** Whether an event without sources is warned about (see `ValidateOptions.missingSources`). */
  missingSources?: MissingSources;
}

/** The fields of an event, each checked on its own. */
interface EventParts {
  id: string | null;
  start: CheckedDate | null;
  end: CheckedDate | null | undefined;
  title: string | null;
  label: string | undefined;
  summary: string;
  category: string;
  people: string[] | undefined;
  sources: TimelineSource[];
  key: boolean | undefined;
  media: TimelineMedia | undefined;
}

/** One event, or `null` (reported) when it is left out. */
export function checkEvent(
  p: ProblemSink,
  value: unknown,
  path: string,
  context: EventContext,
): TimelineEvent | null {
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each event must be an object with an id, a date and a title, not ${show(value)}. ` +
        EVENT_LEFT_OUT,
    );
    return null;
  }
  const parts = checkParts(p, readFields(p, value, path, EVENT_FIELDS), path, context);
  const { id, start, title } = parts;
  if (id === null || start === null || title === null) return null;
  const first = context.ids.get(id);
  if (first !== undefined) {
    p.error(
      join(path, 'id'),
      `The id ${quote(id)} is already used by an earlier event (${quote(first)}). Ids must be ` +
        `unique. ${EVENT_LEFT_OUT}`,
    );
    return null;
  }
  context.ids.set(id, title);
  const { declared } = context;
  if (declared && parts.category && !declared.has(parts.category)) {
    const known = [...declared.keys()].join(', ') || 'none are declared';
    p.warn(
      join(path, 'category'),
      `${quote(parts.category)} is not one of the dataset's categories (${known}); the event is ` +
        'shown with the neutral style.',
    );
  }
  return buildEvent({ ...parts, id, start, title });
}

function checkParts(p: ProblemSink, f: Fields, path: string, context: EventContext): EventParts {
  const { clock } = context;
  const id = requiredId(p, f.get('id'), join(path, 'id'), EVENT_LEFT_OUT);
  const start = requiredDate(
    p,
    f,
    path,
    'event',
    { date: 'date', precision: 'precision' },
    { name: 'date', precisionName: 'precision', dropped: EVENT_LEFT_OUT, clock },
  );
  const end = checkEnd(p, f, start, path, {
    name: 'end',
    precisionName: 'endPrecision',
    dropped: 'The end was left out; the event is shown on its start date.',
    clock,
  });
  const title = requiredText(p, f.get('title'), join(path, 'title'), {
    name: 'title',
    max: MAX_LENGTHS.title,
    dropped: EVENT_LEFT_OUT,
  });
  const label = optionalText(p, f.get('label'), join(path, 'label'), {
    name: 'label',
    max: MAX_LENGTHS.text,
    dropped: 'The title is shown in the drawing instead.',
  });
  const summary = checkSummary(p, f.get('summary'), join(path, 'summary'));
  const category = checkEventCategory(p, f.get('category'), join(path, 'category'));
  const people = checkPeople(p, f.get('people'), join(path, 'people'));
  const sources = checkSources(
    p,
    f.get('sources'),
    join(path, 'sources'),
    'event',
    context.missingSources,
  );
  const key = checkKey(p, f.get('key'), join(path, 'key'));
  const media = checkMedia(p, f.get('media'), join(path, 'media'));
  return { id, start, end, title, label, summary, category, people, sources, key, media };
}

function buildEvent(
  parts: EventParts & { id: string; start: CheckedDate; title: string },
): TimelineEvent {
  const { id, start, end, title, label, summary, category, people, sources, key, media } = parts;
  const event: TimelineEvent = {
    id,
    date: start.value,
    precision: start.precision,
    title,
    summary,
    category,
    sources,
  };
  if (end) {
    event.end = end.value;
    event.endPrecision = end.precision;
  }
  if (label?.trim()) event.label = label;
  if (people) event.people = people;
  if (key !== undefined) event.key = key;
  if (media) event.media = media;
  return event;
}

/** `""` means none: given empty on purpose, or missing (warning). */
function checkSummary(p: ProblemSink, value: unknown, path: string): string {
  if (absent(value)) {
    p.warn(
      path,
      'The event has no summary; it is shown with its title only. Add one to three sentences.',
    );
  }
  return (
    optionalText(p, value, path, {
      name: 'summary',
      max: MAX_LENGTHS.summary,
      dropped: 'It was left out.',
    }) ?? ''
  );
}

/** `""` means no category (the neutral style). */
function checkEventCategory(p: ProblemSink, value: unknown, path: string): string {
  if (value === UNREADABLE) return '';
  if (absent(value)) {
    p.warn(path, 'The event has no category; it is shown with the neutral style.');
    return '';
  }
  if (value === '') return '';
  return checkId(p, value, path, 'The event is shown with the neutral style.') ?? '';
}

function checkPeople(p: ProblemSink, value: unknown, path: string): string[] | undefined {
  if (value === UNREADABLE || absent(value)) return undefined;
  if (!isArray(value)) {
    p.error(
      path,
      `"people" must be a list of names, such as ["Danny Werfel"], not ${show(value)}. ` +
        'It was left out.',
    );
    return undefined;
  }
  const out: string[] = [];
  items(p, value, path, MAX_ITEMS.people, 'people').forEach((name, i) => {
    const checked = requiredText(p, name, `${path}[${i}]`, {
      name: 'name',
      max: MAX_LENGTHS.text,
      dropped: 'It was left out.',
    });
    if (checked !== null) out.push(checked);
  });
  return out;
}

function checkKey(p: ProblemSink, value: unknown, path: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (!absent(value) && value !== UNREADABLE) {
    p.error(path, `"key" must be true or false, not ${show(value)}. It was ignored.`);
  }
  return undefined;
}
