/**
 * Ticks, tick labels and year bands of the horizontal drawing: which ticks, where their labels
 * go so that none overlaps another, a break or an edge. Pure; no DOM.
 */
import { utcYear } from 'd3-time';
import { formatDate } from '../data/format.js';
import { TICK_SIZE, fontOf, type AxisMetrics, type MeasureText } from './axis-metrics.js';
import { DAY_MS } from './gaps.js';
import { tickFormats } from './tick-format.js';
import { timeTicks, type TimeTicks } from './ticks.js';
import type { GapScale } from './time-scale.js';

/** A tick of the axis and its label, in px. */
export interface TickBox {
  /** The tick's x, and its label's left edge. */
  x: number;
  text: string;
  labelLeft: number;
  /** Starts a segment (the plot's start, or just after a break). */
  edge: boolean;
}

/** A year written under the ticks, from `x0` up to where the next year (or the plot) ends. */
export interface YearBox {
  x0: number;
  x1: number;
  text: string;
}

/** A tick with its label's width and its date, while placing. */
interface Placing extends TickBox {
  w: number;
  date: number;
}

/**
 * Ticks: the finest interval whose widest label (measured) fits, from `timeTicks`; a tick at the
 * start of every segment, since short segments get none and a reader who pans past a break
 * needs to know where they landed; regular ticks that would crowd those, a break or an edge are
 * left out. Years go on their own row, one band per year and segment, so a year is written at
 * the start and after every break and (sticky) stays in view while panning. Labels are in
 * `locale`, in UTC.
 */
export function layoutTicks(
  scale: GapScale,
  width: number,
  m: AxisMetrics,
  locale: string,
  dayStarts: ReadonlySet<number>,
  measure: MeasureText,
): { ticks: TickBox[]; years: YearBox[] } {
  const font = fontOf(m.em, TICK_SIZE);
  const measureTick = (text: string) => measure(text, font);
  const chosen = chooseTicks(scale, m, locale, measureTick);
  const yearly = chosen.ticks.interval === 'year';
  const edges = edgeTicks(scale, width, m, locale, dayStarts, yearly, measureTick);
  // Daily ticks name a day: they stand in its middle, like the markers.
  const shift = chosen.ticks.interval === 'day' ? (DAY_MS * scale.pxPerMs) / 2 : 0;
  const regular = chosen.ticks.ticks.map((t, i): Placing => {
    const w = measureTick(chosen.texts[i]!);
    const x = t.x + shift;
    return { x, text: chosen.texts[i]!, labelLeft: x - w / 2, edge: false, w, date: +t.date };
  });
  const clear = regular.filter(
    (t) =>
      t.labelLeft >= 0 &&
      t.labelLeft + t.w <= width &&
      edges.every((e) => apart(t, e, m.gap) && e.date !== t.date) &&
      scale.breaks.every((b) => t.labelLeft >= b.x1 || t.labelLeft + t.w <= b.x0),
  );
  const ticks = [...edges, ...clear]
    .sort((a, b) => a.x - b.x)
    .map(({ x, text, labelLeft, edge }) => ({ x, text, labelLeft, edge }));
  return { ticks, years: yearly ? [] : yearBands(scale, width) };
}

/** The finest ticks whose widest label, measured, fits between two ticks; and their labels. */
function chooseTicks(
  scale: GapScale,
  m: AxisMetrics,
  locale: string,
  measureTick: (text: string) => number,
): { ticks: TimeTicks; texts: string[] } {
  let minSpacing = measureTick('Sep 30') + m.gap;
  let ticks = timeTicks(scale, { minSpacing });
  let texts = tickTexts(ticks, locale);
  for (let i = 0; i < 4; i++) {
    const widest = Math.max(0, ...texts.map(measureTick));
    if (widest + m.gap <= minSpacing) break;
    minSpacing = widest + m.gap;
    ticks = timeTicks(scale, { minSpacing });
    texts = tickTexts(ticks, locale);
  }
  return { ticks, texts };
}

/** A tick at the start of each segment whose label neither crowds the last nor runs into a break. */
function edgeTicks(
  scale: GapScale,
  width: number,
  m: AxisMetrics,
  locale: string,
  dayStarts: ReadonlySet<number>,
  yearly: boolean,
  measureTick: (text: string) => number,
): Placing[] {
  const edges: Placing[] = [];
  for (const segment of scale.segments) {
    const options: Intl.DateTimeFormatOptions = dayStarts.has(+segment.start)
      ? { month: 'short', day: 'numeric' }
      : { month: 'short' };
    if (yearly) options.year = 'numeric';
    const text = formatDate(segment.start, locale, options);
    const w = measureTick(text);
    const previous = edges[edges.length - 1];
    if (previous && segment.x0 < previous.labelLeft + previous.w + m.gap / 2) continue;
    // A label that would run into the next break or off the plot is left out.
    const right = segment.x0 + w;
    if (right > width || scale.breaks.some((br) => br.x0 < right && br.x1 > segment.x0)) continue;
    edges.push({ x: segment.x0, text, labelLeft: segment.x0, edge: true, w, date: +segment.start });
  }
  return edges;
}

/** Two labels at least half a gap apart. */
function apart(a: Placing, b: Placing, gap: number): boolean {
  return a.labelLeft + a.w + gap / 2 <= b.labelLeft || b.labelLeft + b.w + gap / 2 <= a.labelLeft;
}

/** One band per year and segment, each running to the start of the next. */
function yearBands(scale: GapScale, width: number): YearBox[] {
  const years: YearBox[] = [];
  for (const segment of scale.segments) {
    let t = +segment.start;
    do {
      years.push({ x0: scale.x(t), x1: width, text: String(new Date(t).getUTCFullYear()) });
      t = +utcYear.offset(utcYear.floor(new Date(t)), 1);
    } while (t < +segment.end);
  }
  years.forEach((year, i) => (year.x1 = years[i + 1]?.x0 ?? width));
  return years;
}

/** Tick labels without the year, which the row of years gives (except for yearly ticks). */
function tickTexts(chosen: TimeTicks, locale: string): string[] {
  const dates = chosen.ticks.map((t) => t.date);
  return tickFormats(dates).map((options, i) => {
    const { year, ...rest } = options;
    const keep = chosen.interval === 'year' || !Object.keys(rest).length ? { ...rest, year } : rest;
    return formatDate(dates[i]!, locale, keep);
  });
}
