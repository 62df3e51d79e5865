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
  /** Ids of the events that begin a year in the list (a year heading goes above them). */
  yearStarts: Set<string>;
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
  const visible = events.filter((e) => shows(e, options));
  if (options.order === 'newest-first' && options.layout === 'vertical') visible.reverse();
  const shownCategories = new Set(visible.map((e) => e.category));
  const used = new Set(events.map((e) => e.category));
  return {
    visible,
    total: events.length,
    legend: categories.filter((c) => shownCategories.has(c.id)),
    present: categories.filter((c) => used.has(c.id)),
    hasKey: visible.some((e) => e.key),
    anyKey: events.some((e) => e.key),
    yearStarts: yearStarts(visible),
    categoryIndex: new Map(categories.map((c, i) => [c.id, i])),
    categoryLabel: new Map(categories.map((c) => [c.id, c.label])),
  };
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

function yearStarts(visible: readonly TimelineEvent[]): Set<string> {
  const starts = new Set<string>();
  let previous = Number.NaN;
  for (const e of visible) {
    const year = yearOf(e.date);
    if (!Number.isNaN(year) && year !== previous) starts.add(e.id);
    previous = year;
  }
  return starts;
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
