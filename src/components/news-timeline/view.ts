/**
 * What `<news-timeline>` shows, computed from its data and options before anything renders:
 * the visible events in order, the legend, the counts, where the list's years begin. Pure; no
 * DOM. Run in `willUpdate`; the templates only read it.
 */
import type { TimelineCategory, TimelineEvent } from '../../data/types.js';
import { yearOf } from '../../data/format.js';
import { eventPeriod } from '../../layout/periods.js';
import type { ResolvedLayout, TimelineOrder } from '../../options.js';

/** The options that decide which events are shown, already parsed and checked. */
export interface ViewOptions {
  /** Only the story's key events. */
  keyOnly: boolean;
  /** Category ids to show; empty: all. */
  categories: readonly string[];
  /** UTC ms: events that end after `from` and start before `to` (`null`: no bound). */
  from: number | null;
  to: number | null;
  order: TimelineOrder;
  /** The layout drawn: the drawing always reads left to right, so `order` applies to the list. */
  layout: ResolvedLayout;
}

/** What is shown. */
export interface TimelineView {
  /** The events shown, in the order shown. */
  visible: TimelineEvent[];
  /**
   * Every event, in the order shown: the list keeps the ones a filter hides (`hidden`), so that
   * changing a filter shows and hides items rather than building and destroying them.
   */
  ordered: TimelineEvent[];
  /** The ids of `visible`. */
  shown: ReadonlySet<string>;
  /** How many events the data has. */
  total: number;
  /** The categories of the events shown, in legend order: the legend explains what is on screen. */
  legend: TimelineCategory[];
  /** The categories that have events in the data: one filter button each. */
  present: TimelineCategory[];
  /** A key event is shown (the legend explains the key marker). */
  hasKey: boolean;
  /** The data has key events (the "Key events only" filter is offered). */
  anyKey: boolean;
  /**
   * The headings of the list, by the id of the event they stand above: the year, or, when the
   * events shown have times of day, the day (`unit`), with the date they name.
   */
  headings: Map<string, ListHeading>;
  /** Some event shown has a time of day: the list is by day, and its times stand alone. */
  timed: boolean;
  /** Each category's position in the legend (its palette colour) and label. */
  categoryIndex: Map<string, number>;
  categoryLabel: Map<string, string>;
}

/**
 * The view of `events` (in date order) under `options`. `categories` are the dataset's, in
 * legend order.
 */
export function deriveView(
  events: readonly TimelineEvent[],
  categories: readonly TimelineCategory[],
  options: ViewOptions,
): TimelineView {
  const reversed = options.order === 'newest-first' && options.layout === 'vertical';
  const ordered = reversed ? [...events].reverse() : [...events];
  const visible = ordered.filter((e) => shows(e, options));
  const shownCategories = new Set(visible.map((e) => e.category));
  const used = new Set(events.map((e) => e.category));
  return {
    visible,
    ordered,
    shown: new Set(visible.map((e) => e.id)),
    total: events.length,
    legend: categories.filter((c) => shownCategories.has(c.id)),
    present: categories.filter((c) => used.has(c.id)),
    hasKey: visible.some((e) => e.key),
    anyKey: events.some((e) => e.key),
    headings: headingsOf(visible),
    timed: visible.some((e) => e.precision === 'minute'),
    categoryIndex: new Map(categories.map((c, i) => [c.id, i])),
    categoryLabel: new Map(categories.map((c) => [c.id, c.label])),
  };
}

/**
 * Returns a `deriveView` that keeps its last answer while the events and categories are the same
 * arrays and the options are equal field by field: the same view, and the same `visible` array,
 * for every update that changes nothing it depends on (a selection, a focus, a resize). The
 * drawing lays itself out again only when it is given a new array.
 */
export function viewDeriver(): typeof deriveView {
  let last: {
    events: readonly TimelineEvent[];
    categories: readonly TimelineCategory[];
    options: ViewOptions;
    view: TimelineView;
  } | null = null;
  return (events, categories, options) => {
    if (
      !last ||
      last.events !== events ||
      last.categories !== categories ||
      !sameOptions(last.options, options)
    ) {
      last = { events, categories, options, view: deriveView(events, categories, options) };
    }
    return last.view;
  };
}

function sameOptions(a: ViewOptions, b: ViewOptions): boolean {
  return (
    a.keyOnly === b.keyOnly &&
    a.from === b.from &&
    a.to === b.to &&
    a.order === b.order &&
    a.layout === b.layout &&
    a.categories.length === b.categories.length &&
    a.categories.every((c, i) => c === b.categories[i])
  );
}

/** Whether an event passes the key-only, category and date filters. */
function shows(e: TimelineEvent, options: ViewOptions): boolean {
  const { keyOnly, categories, from, to } = options;
  if (keyOnly && !e.key) return false;
  if (categories.length && !categories.includes(e.category)) return false;
  if (from === null && to === null) return true;
  const period = eventPeriod(e);
  if (!period) return false;
  if (from !== null && +(period.end ?? period.start) <= from) return false;
  return to === null || +period.start < to;
}

/**
 * A heading of the list: a year ("2025"); in a story with times, a day ("Tuesday, November 4,
 * 2025"), or the period of an event known only to the month or year ("November 2025").
 */
export interface ListHeading {
  unit: 'year' | 'day' | 'period';
  /** A date in the year or day it names (the first event's). */
  date: string;
}

/**
 * Where the list's headings go: above the first event of each year; or, for a story with times
 * of day, above the first event of each day (a month or a year gets its own heading).
 */
function headingsOf(visible: readonly TimelineEvent[]): Map<string, ListHeading> {
  const byDay = visible.some((e) => e.precision === 'minute');
  const headings = new Map<string, ListHeading>();
  let previous: string | null = null;
  for (const e of visible) {
    const year = yearOf(e.date);
    if (Number.isNaN(year)) continue;
    // A day's key is its date (YYYY-MM-DD, the wall clock's); a month's or a year's, itself.
    const key = byDay ? e.date.slice(0, 10) : String(year);
    if (key !== previous)
      headings.set(e.id, { unit: byDay && key.length === 10 ? 'day' : 'year', date: e.date });
    previous = key;
  }
  return headings;
}

/**
 * The categories shown after the reader toggles category `id`: `present` are the categories
 * with events, in legend order, and `shown` those shown now (empty: all). Returns `undefined`
 * for "all" (no filter), and `null` when the toggle would hide every category (it is refused).
 */
export function toggledCategories(
  present: readonly string[],
  shown: readonly string[],
  id: string,
): string[] | undefined | null {
  const current = shown.length ? shown : present;
  const next = current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
  if (next.length === 0) return null;
  const ordered = present.filter((c) => next.includes(c));
  return ordered.length === present.length ? undefined : ordered;
}
