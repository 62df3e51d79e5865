/**
 * Where a value of the imported dataset came from in the TimelineJS input: the validator reports
 * problems at paths of our dataset (`events[3].title`), and the reader must hear of them at the
 * row and column of the sheet (`row 6, column "Headline"`) or the path of the JSON
 * (`events[4].text.headline`), as the importer's own problems are.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import type { Slide, SlideKey } from './timelinejs-slide.js';

/** An item of the dataset and the slide it was made from. */
export interface Placed<T> {
  item: T;
  slide: Slide;
}

/** The slides behind the dataset: `events[i]` from `events[i]`, `tracks[0].spans[k]` from `spans[k]`. */
export interface Origins {
  events: readonly Slide[];
  spans: readonly Slide[];
  title: Slide | null;
}

/** The value of a slide that each field of an event fills. */
const EVENT_KEYS: Readonly<Record<string, SlideKey>> = {
  id: 'uniqueId',
  date: 'start.year',
  precision: 'start.year',
  end: 'end.year',
  endPrecision: 'end.year',
  title: 'headline',
  label: 'headline',
  summary: 'text',
  category: 'group',
  sources: 'text',
  media: 'media.url',
  'media.url': 'media.url',
  'media.alt': 'media.alt',
  'media.caption': 'media.caption',
  'media.credit': 'media.credit',
};

/** The value of an era that each field of a span fills. */
const SPAN_KEYS: Readonly<Record<string, SlideKey>> = {
  id: 'uniqueId',
  label: 'headline',
  start: 'start.year',
  startPrecision: 'start.year',
  end: 'end.year',
  endPrecision: 'end.year',
  note: 'text',
};

/** The value of the title slide that each field of the dataset fills. */
const TITLE_KEYS: Readonly<Record<string, SlideKey>> = { title: 'headline', description: 'text' };

/**
 * A function that rewrites a path of the dataset as the input's: the slide the item came from,
 * and the cell (or JSON key) of the field, or of the nearest field that has one
 * (`events[2].sources[0].url` → the Text cell, where the link was). Other paths are returned as
 * they are.
 */
export function inputPathOf(origins: Origins): (path: string) => string {
  return (path) => {
    const event = /^events\[(\d+)\](?:\.(.*))?$/.exec(path);
    if (event) return slidePath(origins.events[Number(event[1])], event[2], EVENT_KEYS) ?? path;
    const span = /^tracks\[0\]\.spans\[(\d+)\](?:\.(.*))?$/.exec(path);
    if (span) return slidePath(origins.spans[Number(span[1])], span[2], SPAN_KEYS) ?? path;
    if (origins.title && Object.hasOwn(TITLE_KEYS, path)) {
      return origins.title.path(TITLE_KEYS[path]);
    }
    return path;
  };
}

function slidePath(
  slide: Slide | undefined,
  field: string | undefined,
  keys: Readonly<Record<string, SlideKey>>,
): string | undefined {
  if (!slide) return undefined;
  let rest = field ?? '';
  while (rest !== '') {
    if (Object.hasOwn(keys, rest)) return slide.path(keys[rest]);
    const shorter = rest.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '');
    if (shorter === rest) break;
    rest = shorter;
  }
  return slide.path('row');
}
