/**
 * Attribute parsers for `<news-timeline>`. Each takes the raw attribute value (or `null` when
 * absent) and returns the value to use, plus a reason when the raw value was not usable so that
 * the element can warn once and fall back to the default. Pure: no DOM.
 */
import { parseIsoDate, periodEnd } from '../../data/dates.js';

export type TimelineOrder = 'oldest-first' | 'newest-first';
export type TimelineLayout = 'auto' | 'vertical' | 'horizontal';
export type TimelineGaps = 'compress' | 'linear';
export type TimelineLanes = 'auto' | 'category';
export type TimelineTheme = 'auto' | 'light' | 'dark';

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

export const ORDERS = ['oldest-first', 'newest-first'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

export const LAYOUTS = ['auto', 'vertical', 'horizontal'] as const;
export const GAPS = ['compress', 'linear'] as const;
export const LANES = ['auto', 'category'] as const;

export const parseLayout = (raw: string | null): Parsed<TimelineLayout> =>
  oneOf(raw, LAYOUTS, 'auto');

export const parseGaps = (raw: string | null): Parsed<TimelineGaps> => oneOf(raw, GAPS, 'compress');

export const parseLanes = (raw: string | null): Parsed<TimelineLanes> => oneOf(raw, LANES, 'auto');

/** The width from which `layout="auto"` draws the horizontal, to-scale timeline. */
export const HORIZONTAL_MIN_WIDTH = 720;

/** The layout to draw: `auto` picks horizontal when the element is at least 720 px wide. */
export function resolveLayout(layout: TimelineLayout, width: number): 'vertical' | 'horizontal' {
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
 * A date bound for `from`/`to`: `YYYY-MM-DD` or `YYYY-MM`, inclusive. `from` is the first
 * instant of its day or month, `to` the exclusive end of its day or month (so `to="2025-08"`
 * keeps all of August). Returns `null` for no bound.
 */
export function parseDateBound(raw: string | null, edge: 'from' | 'to'): Parsed<number | null> {
  if (raw === null || raw.trim() === '') return { value: null };
  const parsed = parseIsoDate(raw.trim());
  if (!parsed) return { value: null, problem: 'expected a date as YYYY-MM-DD or YYYY-MM' };
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
