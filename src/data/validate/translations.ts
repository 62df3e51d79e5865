/**
 * A dataset's translations: by BCP 47 language tag, the words of the story in another language
 * (title, description, category labels, and each event's, track's and span's words, by id). A
 * word that is not text is left out (error); words for an id the dataset does not have are
 * ignored quietly (a page may show part of a translated story), so a translation never adds an
 * event.
 */
import type { ProblemSink } from '../problems.js';
import type { TimelineDataset, TimelineTranslation } from '../types.js';
import { MAX_LENGTHS } from './limits.js';
import { quote } from './strings.js';
import { optionalText } from './text.js';
import { isRecord, join, readFields, show, UNREADABLE } from './untrusted.js';

const TRANSLATION_FIELDS = ['title', 'description', 'categories', 'events', 'tracks'] as const;
const EVENT_WORDS = ['title', 'label', 'summary'] as const;
const SPAN_WORDS = ['label', 'role', 'note'] as const;

/** What each word may hold, at most: as in the dataset. */
const MAX: Record<string, number> = {
  title: MAX_LENGTHS.title,
  summary: MAX_LENGTHS.summary,
};

type Words = Record<string, string>;

/**
 * The usable translations of `dataset`, or `undefined` when there are none. `value` is the
 * dataset's `translations` field, as given.
 */
export function checkTranslations(
  p: ProblemSink,
  value: unknown,
  dataset: TimelineDataset,
): Record<string, TimelineTranslation> | undefined {
  if (value === UNREADABLE || value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    p.error('translations', `The translations must be an object by language, not ${show(value)}.`);
    return undefined;
  }
  const out: Record<string, TimelineTranslation> = {};
  for (const tag of Object.keys(value)) {
    const path = join('translations', tag);
    if (!isLanguageTag(tag)) {
      p.error(
        path,
        `${quote(tag)} is not a language tag (such as "es" or "es-MX"); it was ignored.`,
      );
      continue;
    }
    const t = checkTranslation(p, (value as Record<string, unknown>)[tag], path, dataset);
    if (t && Object.keys(t).length) out[tag] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function checkTranslation(
  p: ProblemSink,
  value: unknown,
  path: string,
  dataset: TimelineDataset,
): TimelineTranslation | null {
  if (!isRecord(value)) {
    p.error(path, `A translation must be an object, not ${show(value)}. It was ignored.`);
    return null;
  }
  const f = readFields(p, value, path, TRANSLATION_FIELDS);
  const t: TimelineTranslation = {};
  const title = text(p, f.get('title'), join(path, 'title'), 'title');
  const description = text(p, f.get('description'), join(path, 'description'), 'description');
  if (title) t.title = title;
  if (description) t.description = description;
  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const categories = byId(
    p,
    f.get('categories'),
    join(path, 'categories'),
    ids(dataset.categories),
    (v, at) => text(p, v, at, 'label'),
  );
  if (categories) t.categories = categories;
  const events = byId(p, f.get('events'), join(path, 'events'), ids(dataset.events), (v, at) =>
    words(p, v, at, EVENT_WORDS),
  );
  if (events) t.events = events;
  const tracks = checkTrackWords(p, f.get('tracks'), join(path, 'tracks'), dataset);
  if (tracks) t.tracks = tracks;
  return t;
}

function checkTrackWords(
  p: ProblemSink,
  value: unknown,
  path: string,
  dataset: TimelineDataset,
): TimelineTranslation['tracks'] | undefined {
  const tracks = new Map((dataset.tracks ?? []).map((t) => [t.id, t]));
  return byId(p, value, path, new Set(tracks.keys()), (v, at, id) => {
    if (!isRecord(v)) {
      p.error(at, `A track's words must be an object, not ${show(v)}. They were ignored.`);
      return undefined;
    }
    const f = readFields(p, v, at, ['label', 'spans']);
    const label = text(p, f.get('label'), join(at, 'label'), 'label');
    const spanIds = new Set(tracks.get(id)!.spans.map((s) => s.id));
    const spans = byId(p, f.get('spans'), join(at, 'spans'), spanIds, (sv, sat) =>
      words(p, sv, sat, SPAN_WORDS),
    );
    const out: { label?: string; spans?: Record<string, Words> } = {};
    if (label) out.label = label;
    if (spans) out.spans = spans;
    return out;
  });
}

/** An object by id, each value read by `read`; ids the dataset does not have are dropped. */
function byId<T>(
  p: ProblemSink,
  value: unknown,
  path: string,
  known: ReadonlySet<string>,
  read: (value: unknown, path: string, id: string) => T | undefined,
): Record<string, T> | undefined {
  if (value === UNREADABLE || value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    p.error(path, `This must be an object by id, not ${show(value)}. It was ignored.`);
    return undefined;
  }
  const out: Record<string, T> = {};
  for (const id of Object.keys(value)) {
    const at = join(path, id);
    if (!known.has(id)) continue;
    const read1 = read((value as Record<string, unknown>)[id], at, id);
    if (read1 !== undefined) out[id] = read1;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The text words of an object (an event's or a span's), each checked. */
function words(
  p: ProblemSink,
  value: unknown,
  path: string,
  keys: readonly string[],
): Words | undefined {
  if (!isRecord(value)) {
    p.error(path, `The words must be an object, not ${show(value)}. They were ignored.`);
    return undefined;
  }
  const f = readFields(p, value, path, keys);
  const out: Words = {};
  for (const key of keys) {
    const word = text(p, f.get(key), join(path, key), key);
    if (word) out[key] = word;
  }
  return out;
}

function text(p: ProblemSink, value: unknown, path: string, name: string): string | undefined {
  const max = MAX[name] ?? MAX_LENGTHS.text;
  return optionalText(p, value, path, { name, max, dropped: 'The original word is shown.' });
}
