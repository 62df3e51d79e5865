/**
 * Attribute parsers for `<news-timeline>`. Each takes the raw attribute value (or `null` when
 * absent) and returns the value to use, plus a reason when the raw value was not usable so that
 * the element can warn once and fall back to the default. Pure, but for `inheritedLocale`, which
 * reads the `lang` attributes around an element.
 */
import { parseIsoDate, periodEnd } from '../../data/dates.js';
import { toStoryClock, type StoryClock } from '../../data/time-zones.js';
import {
  GAPS,
  HORIZONTAL_MIN_WIDTH,
  LANES,
  LAYOUTS,
  ORDERS,
  THEMES,
  type ResolvedLayout,
  type TimelineGaps,
  type TimelineLanes,
  type TimelineLayout,
  type TimelineOrder,
  type TimelineTheme,
} from '../../options.js';

/** The result of reading an attribute: the value to use, and why the raw one was refused. */
export interface Parsed<T> {
  value: T;
  /** Set when the raw value was not usable and the default is used instead. */
  problem?: string;
}

function oneOf<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  if (raw === null) return { value: fallback };
  const v = raw.trim().toLowerCase();
  if (v === '') return { value: fallback };
  if ((allowed as readonly string[]).includes(v)) return { value: v as T };
  return { value: fallback, problem: `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}` };
}

export const parseLayout = (raw: string | null): Parsed<TimelineLayout> =>
  oneOf(raw, LAYOUTS, 'auto');

export const parseGaps = (raw: string | null): Parsed<TimelineGaps> => oneOf(raw, GAPS, 'compress');

export const parseLanes = (raw: string | null): Parsed<TimelineLanes> => oneOf(raw, LANES, 'auto');

/** The layout to draw: `auto` picks horizontal when the element is at least 720 px wide. */
export function resolveLayout(layout: TimelineLayout, width: number): ResolvedLayout {
  if (layout !== 'auto') return layout;
  return width >= HORIZONTAL_MIN_WIDTH ? 'horizontal' : 'vertical';
}

export const parseOrder = (raw: string | null): Parsed<TimelineOrder> =>
  oneOf(raw, ORDERS, 'oldest-first');

export const parseTheme = (raw: string | null): Parsed<TimelineTheme> => oneOf(raw, THEMES, 'auto');

/**
 * A list of ids separated by commas and/or white space: `"court, lawsuit"`, `"court lawsuit"`.
 * Returns the distinct ids in the order given; an empty list means "no filter".
 */
export function parseIdList(raw: string | null): string[] {
  if (raw === null) return [];
  const seen = new Set<string>();
  for (const part of raw.split(/[\s,]+/)) {
    const id = part.trim().toLowerCase();
    if (id) seen.add(id);
  }
  return [...seen];
}

/**
 * Keeps the ids of `wanted` that are known; names the unknown ones. When none is known the
 * filter is dropped (everything is shown), so a typo never leaves the reader an empty box.
 */
export function resolveCategories(wanted: string[], known: readonly string[]): Parsed<string[]> {
  if (wanted.length === 0) return { value: [] };
  const ok = wanted.filter((id) => known.includes(id));
  const unknown = wanted.filter((id) => !known.includes(id));
  if (unknown.length === 0) return { value: ok };
  const problem =
    `unknown ${unknown.length === 1 ? 'category' : 'categories'} ${unknown.map((u) => `"${u}"`).join(', ')}` +
    ` (known: ${known.join(', ') || 'none'})` +
    (ok.length === 0 ? '; showing all categories' : '');
  return { value: ok, problem };
}

/**
 * A date bound for `from`/`to`, inclusive, at any precision (`2025-08`, `1969`,
 * `2025-11-04T20:00`), on the story's wall clock (see `data/dates.ts`): `from` is the first
 * moment of its period, `to` the exclusive end of its period (so `to="2025-08"` keeps all of
 * August, `to="2025-11-04T21:00"` the minute 21:00). A time with an offset is moved to the
 * story's `clock` first. Returns `null` for no bound.
 */
export function parseDateBound(
  raw: string | null,
  edge: 'from' | 'to',
  clock?: StoryClock,
): Parsed<number | null> {
  if (raw === null || raw.trim() === '') return { value: null };
  const text = raw.trim();
  // A time with an offset is moved to the story's clock; a local time is read on it.
  const parsed = parseIsoDate((clock && toStoryClock(text, clock)) ?? text);
  if (!parsed) {
    return {
      value: null,
      problem: 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY, or a time as YYYY-MM-DDTHH:MM',
    };
  }
  return { value: edge === 'from' ? parsed.date.getTime() : periodEnd(parsed).getTime() };
}

/** A BCP 47 language tag, canonicalised; `null` (use the default) when absent or invalid. */
export function parseLocale(raw: string | null): Parsed<string | null> {
  if (raw === null || raw.trim() === '') return { value: null };
  try {
    const [canonical] = Intl.getCanonicalLocales(raw.trim());
    return { value: canonical ?? null };
  } catch {
    return { value: null, problem: 'expected a BCP 47 language tag such as "en-US" or "es"' };
  }
}

/** The raw values of the attributes that configure the timeline (`undefined`: not set). */
export interface RawAttributes {
  locale?: string;
  theme?: string;
  layout?: string;
  gaps?: string;
  lanes?: string;
  order?: string;
  categories?: string;
  from?: string;
  to?: string;
}

/** The attributes, parsed: each a usable value or its default. */
export interface TimelineOptions {
  /** The `locale` attribute canonicalised, or `null` (inherit the page's language). */
  locale: string | null;
  theme: TimelineTheme;
  layout: TimelineLayout;
  gaps: TimelineGaps;
  lanes: TimelineLanes;
  order: TimelineOrder;
  /** The known category ids to show; empty: all. */
  categories: string[];
  /** UTC ms bounds (see {@link parseDateBound}); `null`: none. */
  from: number | null;
  to: number | null;
}

/** An attribute value that could not be used, and why (its default is used instead). */
export interface AttributeProblem {
  attribute: string;
  value: string;
  problem: string;
}

/**
 * Parses every attribute with the parsers above. `knownCategories` are the dataset's category
 * ids; `clock` the story's, for bounds written with an offset. A `from` after `to` drops both
 * (all dates are shown) with a problem on `from`.
 */
export function readAttributes(
  raw: RawAttributes,
  knownCategories: readonly string[],
  clock?: StoryClock,
): { options: TimelineOptions; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const check = <T>(attribute: keyof RawAttributes, parsed: Parsed<T>): T => {
    if (parsed.problem)
      problems.push({ attribute, value: raw[attribute] ?? '', problem: parsed.problem });
    return parsed.value;
  };
  const get = (name: keyof RawAttributes) => raw[name] ?? null;
  const options: TimelineOptions = {
    locale: check('locale', parseLocale(get('locale'))),
    theme: check('theme', parseTheme(get('theme'))),
    layout: check('layout', parseLayout(get('layout'))),
    gaps: check('gaps', parseGaps(get('gaps'))),
    lanes: check('lanes', parseLanes(get('lanes'))),
    order: check('order', parseOrder(get('order'))),
    categories: check(
      'categories',
      resolveCategories(parseIdList(get('categories')), knownCategories),
    ),
    from: check('from', parseDateBound(get('from'), 'from', clock)),
    to: check('to', parseDateBound(get('to'), 'to', clock)),
  };
  if (options.from !== null && options.to !== null && options.from >= options.to) {
    const value = `${raw.from}…${raw.to}`;
    problems.push({ attribute: 'from', value, problem: '"from" is after "to"; showing all dates' });
    options.from = options.to = null;
  }
  return { options, problems };
}

/**
 * The locale a timeline inherits: the nearest `lang` attribute (the element's own, an
 * ancestor's, else the document's), canonicalised; `en-US` when there is none or it is invalid.
 */
export function inheritedLocale(el: Element): string {
  const lang = el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
  return parseLocale(lang || null).value ?? 'en-US';
}
