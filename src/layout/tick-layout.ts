/**
 * Ticks, tick labels and the bands under them (years, or days for stories by the hour): which
 * ticks, and where their labels go so that none overlaps another, a break or an edge. Pure; no
 * DOM.
 */
import { utcDay, utcYear, type TimeInterval } from 'd3-time';
import { formatDate } from '../data/format.js';
import type { DatePrecision } from '../data/types.js';
import { TICK_SIZE, fontOf, type AxisMetrics, type MeasureText } from './axis-metrics.js';
import { DAY_MS } from './gaps.js';
import { tickFormats } from './tick-format.js';
import { timeTicks, type TimeTicks } from './ticks.js';
import type { GapScale } from './time-scale.js';

/** A tick of the axis and its label, in px. */
export interface TickBox {
  /** The tick's x, and its label's left edge and width. */
  x: number;
  text: string;
  labelLeft: number;
  labelWidth: number;
  /** Starts a segment (the plot's start, or just after a break). */
  edge: boolean;
  /** The wall-clock time the tick stands for (UTC ms): its day, month, year or minute. */
  date: number;
}

/**
 * A band under the ticks, from `x0` up to where the next band (or the plot) ends: a year, or a
 * day when the ticks are hours. `text` is empty when the band is too narrow for its name (its
 * first tick then names it).
 */
export interface YearBox {
  x0: number;
  x1: number;
  text: string;
}

/** What the ticks of a drawing are laid out with. */
export interface TickContext {
  scale: GapScale;
  width: number;
  m: AxisMetrics;
  locale: string;
  /** The precision known of each start (UTC ms): what a segment's first tick names. */
  starts: ReadonlyMap<number, DatePrecision>;
  /** The story has times of day: ticks may be hours and minutes, bands are days. */
  timed: boolean;
  /** The zone's name at a wall-clock time ("CST"), written after each day band's name. */
  zoneName?: (wall: number) => string;
  measure: MeasureText;
}

/** A tick label being placed (`w`: its label's width). */
interface Placing extends Omit<TickBox, 'labelWidth'> {
  w: number;
}

/**
 * Ticks: the finest interval whose widest label (measured) fits, from `timeTicks`; a tick at the
 * start of every segment, since short segments get none and a reader who pans past a break
 * needs to know where they landed (its label placed where it fits, shortened if need be); the
 * regular ticks whose labels clear those, the breaks, the edges and each other. A tick that
 * names a day stands in the middle of the day, under its markers. Bands name the years (or, by
 * the hour, the days) once each per segment; a band too narrow for its name leaves it to its
 * first tick. Labels are in `locale`, on the wall clock (UTC).
 */
export function layoutTicks(ctx: TickContext): { ticks: TickBox[]; years: YearBox[] } {
  const measure = (text: string) => ctx.measure(text, fontOf(ctx.m.em, TICK_SIZE));
  const chosen = chooseTicks(ctx, measure);
  const bands = bandsOf(ctx, chosen.ticks, measure);
  const names = hiddenBandNames(bands, [
    ...ctx.scale.segments.map((s) => +s.start),
    ...chosen.ticks.ticks.map((t) => +t.date),
  ]);
  const named = (date: number, text: string) => {
    const band = names.get(date);
    return band && !text.includes(band) ? `${text}, ${band}` : text;
  };
  const edges = edgeTicks(ctx, chosen.ticks, named, measure);
  const shift = namesDay(chosen.ticks) ? (DAY_MS * ctx.scale.pxPerMs) / 2 : 0;
  const kept: Placing[] = [];
  chosen.ticks.ticks.forEach((t, i) => {
    const text = named(+t.date, chosen.texts[i]!);
    const w = measure(text);
    const x = t.x + shift;
    const tick = { x, text, labelLeft: x - w / 2, edge: false, w, date: +t.date };
    if (fitsAmong(tick, [...edges, ...kept], ctx)) kept.push(tick);
  });
  const ticks = [...edges, ...kept]
    .sort((a, b) => a.x - b.x)
    .map(({ x, text, labelLeft, w, edge, date }) => ({
      x,
      text,
      labelLeft,
      labelWidth: w,
      edge,
      date,
    }));
  return {
    ticks,
    years: bands.map(({ x0, x1, text, shown }) => ({ x0, x1, text: shown ? text : '' })),
  };
}

/** Day and week ticks name days: they stand in a day's middle. */
function namesDay(ticks: TimeTicks): boolean {
  return ticks.interval === 'day' || ticks.interval === 'week';
}

/** The finest ticks whose widest label, measured, fits between two ticks; and their labels. */
function chooseTicks(
  ctx: TickContext,
  measure: (text: string) => number,
): { ticks: TimeTicks; texts: string[] } {
  const finest = ctx.timed ? 'minute' : 'day';
  let minSpacing = measure(ctx.timed ? '12:30 PM' : 'Sep 30') + ctx.m.gap;
  let ticks = timeTicks(ctx.scale, { minSpacing, finest });
  let texts = tickTexts(ticks, ctx.locale);
  for (let i = 0; i < 4; i++) {
    const widest = Math.max(0, ...texts.map(measure));
    if (widest + ctx.m.gap <= minSpacing) break;
    minSpacing = widest + ctx.m.gap;
    ticks = timeTicks(ctx.scale, { minSpacing, finest });
    texts = tickTexts(ticks, ctx.locale);
  }
  return { ticks, texts };
}

/** Whether a label stays inside the plot, off the breaks, and clear of the labels placed. */
function fitsAmong(t: Placing, placed: readonly Placing[], ctx: TickContext): boolean {
  const gap = ctx.m.gap / 2;
  return (
    t.labelLeft >= 0 &&
    t.labelLeft + t.w <= ctx.width &&
    ctx.scale.breaks.every((b) => t.labelLeft >= b.x1 || t.labelLeft + t.w <= b.x0) &&
    placed.every(
      (p) =>
        p.date !== t.date &&
        (p.labelLeft + p.w + gap <= t.labelLeft || t.labelLeft + t.w + gap <= p.labelLeft),
    )
  );
}

/**
 * A tick at the start of each segment: at the middle of its day when the start is a day, its
 * label left of, under or right of it, whichever fits first; shortened to the year (or the
 * time) when none does, so that a reader who pans past a break always learns where they are.
 */
function edgeTicks(
  ctx: TickContext,
  chosen: TimeTicks,
  named: (date: number, text: string) => string,
  measure: (text: string) => number,
): Placing[] {
  const edges: Placing[] = [];
  for (const segment of ctx.scale.segments) {
    const start = +segment.start;
    const precision = ctx.starts.get(start);
    const day = precision === 'day';
    const x = day ? ctx.scale.x(start + DAY_MS / 2) : segment.x0;
    const texts = edgeTexts(start, precision, chosen, ctx).map((t, i) =>
      i === 0 ? named(start, t) : t,
    );
    const placed = texts
      .flatMap((text) => {
        const w = measure(text);
        const lefts = day || precision === 'minute' ? [x - w / 2, x, x - w] : [x, x - w / 2];
        return lefts.map((labelLeft) => ({ x, text, labelLeft, edge: true, w, date: start }));
      })
      .find((t) => fitsAmong(t, edges, ctx));
    if (placed) edges.push(placed);
  }
  return edges;
}

/**
 * What a segment's first tick says, as precisely as its first date is known ("1826", "Mar",
 * "Mar 8", "8:15 PM"; with the year on a yearly axis), then shorter fall-backs.
 */
function edgeTexts(
  start: number,
  precision: DatePrecision | undefined,
  chosen: TimeTicks,
  ctx: TickContext,
): string[] {
  const { locale } = ctx;
  const date = new Date(start);
  const year = formatDate(date, locale, { year: 'numeric' });
  if (precision === 'year') return [year];
  if (precision === 'minute' || (!precision && ctx.timed)) {
    return [formatDate(date, locale, { hour: 'numeric', minute: '2-digit' })];
  }
  const yearly = chosen.interval === 'year';
  const options: Intl.DateTimeFormatOptions =
    precision === 'day' ? { month: 'short', day: 'numeric' } : { month: 'short' };
  if (yearly) options.year = 'numeric';
  const text = formatDate(date, locale, options);
  return yearly && text !== year ? [text, year] : [text];
}

interface Band extends YearBox {
  /** Its name fits inside it. */
  shown: boolean;
  /** The first instant of the band, and of the next. */
  start: number;
  end: number;
}

/**
 * Bands under the ticks: one per year and segment (per day when the ticks are hours or
 * minutes; none when the ticks are years), each running to the start of the next.
 */
function bandsOf(ctx: TickContext, chosen: TimeTicks, measure: (t: string) => number): Band[] {
  if (chosen.interval === 'year') return [];
  const byDay = chosen.interval === 'minute' || chosen.interval === 'hour';
  const unit: TimeInterval = byDay ? utcDay : utcYear;
  const bands: Band[] = [];
  for (const segment of ctx.scale.segments) {
    let t = +segment.start;
    do {
      const next = +unit.offset(unit.floor(new Date(t)), 1);
      const text = byDay ? dayName(t, ctx) : String(new Date(t).getUTCFullYear());
      bands.push({ x0: ctx.scale.x(t), x1: ctx.width, text, shown: true, start: t, end: next });
      t = next;
    } while (t < +segment.end);
  }
  bands.forEach((band, i) => {
    band.x1 = bands[i + 1]?.x0 ?? ctx.width;
    band.shown = band.x1 - band.x0 >= measure(band.text) + ctx.m.gap / 2;
  });
  return bands;
}

/** "Tue, Nov 4 · CST": a day band's name, with the zone's name when the story has one. */
function dayName(t: number, ctx: TickContext): string {
  const day = formatDate(t, ctx.locale, { weekday: 'short', month: 'short', day: 'numeric' });
  const zone = ctx.zoneName?.(t);
  return zone ? `${day} · ${zone}` : day;
}

/**
 * The names of the bands too narrow to show them, by the date of the first tick in each (from
 * `dates`): that tick's label carries the name instead ("Dec 31, 2024").
 */
function hiddenBandNames(bands: readonly Band[], dates: readonly number[]): Map<number, string> {
  const sorted = [...new Set(dates)].sort((a, b) => a - b);
  const names = new Map<number, string>();
  for (const band of bands.filter((b) => !b.shown)) {
    const first = sorted.find((d) => d >= band.start && d < band.end);
    if (first !== undefined) names.set(first, band.text);
  }
  return names;
}

/** Tick labels without what the bands give (the year, or the day by the hour). */
function tickTexts(chosen: TimeTicks, locale: string): string[] {
  const dates = chosen.ticks.map((t) => t.date);
  if (chosen.interval === 'minute' || chosen.interval === 'hour') {
    const options: Intl.DateTimeFormatOptions =
      chosen.interval === 'hour' ? { hour: 'numeric' } : { hour: 'numeric', minute: '2-digit' };
    return dates.map((d) => formatDate(d, locale, options));
  }
  return tickFormats(dates).map((options, i) => {
    const { year, ...rest } = options;
    const keep = chosen.interval === 'year' || !Object.keys(rest).length ? { ...rest, year } : rest;
    return formatDate(dates[i]!, locale, keep);
  });
}
