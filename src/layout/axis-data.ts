/**
 * What the horizontal drawing has to place, in UTC milliseconds: each event's period and each
 * span's start and end, and everything the time domain must hold. Pure; no DOM.
 */
import { parseIsoDate, periodEnd, type ParsedDate } from '../data/dates.js';
import type { DatePrecision, TimelineEvent, TimelineSpan, TimelineTrack } from '../data/types.js';
import { eventPeriod, type MsPeriod, type TimeInput } from './periods.js';

/** A span of a track, in UTC ms. */
export interface SpanTime {
  span: TimelineSpan;
  start: number;
  /** Exclusive end of the end date's day or month; `null` when no end is known. */
  end: number | null;
  /** Starts before the axis: drawn from the left edge, its start written out. */
  cut: boolean;
}

/** The events and tracks of a drawing, as times. */
export interface AxisData {
  /** The events whose date can be read, in input order, each with its period. */
  events: { event: TimelineEvent; period: MsPeriod }[];
  tracks: { track: TimelineTrack; spans: SpanTime[] }[];
  /** Everything the time domain must hold. */
  inputs: TimeInput[];
  /**
   * The finest precision known of each start (UTC ms): a segment's first tick says as much as
   * its first date does ("1826", "Mar", "Mar 8", "8:15 PM").
   */
  starts: Map<number, DatePrecision>;
  /** Some event or span has a time of day: ticks may be hours, bands are days. */
  timed: boolean;
}

const FINER: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

interface ParsedSpan {
  span: TimelineSpan;
  start: ParsedDate;
  end: ParsedDate | null;
}

/**
 * What is on the axis: each event's period; each span's end date and, unless it comes before
 * everything else (then the bar is cut at the left edge rather than stretching the axis), its
 * start. An open end adds nothing: it is not a date. Events and spans whose dates cannot be
 * read are left out.
 */
export function axisData(
  events: readonly TimelineEvent[],
  tracks: readonly TimelineTrack[],
): AxisData {
  const placed = events.flatMap((event) => {
    const p = eventPeriod(event);
    return p ? [{ event, period: { start: +p.start, end: +(p.end ?? p.start) } }] : [];
  });
  const starts = new Map<number, DatePrecision>();
  const note = (precision: DatePrecision, t: number) => {
    const known = starts.get(t);
    if (!known || FINER[precision] > FINER[known]) starts.set(t, precision);
  };
  for (const { event, period } of placed) note(event.precision, period.start);
  const inputs: TimeInput[] = placed.map((e) => e.period);
  const parsed = tracks.map((track) => (track.spans ?? []).flatMap(parseSpan));
  const ends = parsed.flat().flatMap((s) => (s.end ? [s.end] : []));
  for (const end of ends) {
    inputs.push({ start: end.date, end: periodEnd(end) });
    note(end.precision, +end.date);
  }
  const first = Math.min(...placed.map((e) => e.period.start), ...ends.map((e) => +e.date));
  const rows = parsed.map((row, t) => ({
    track: tracks[t]!,
    spans: row.map(({ span, start, end }): SpanTime => {
      const cut = Number.isFinite(first) && +start.date < first;
      if (!cut) {
        inputs.push(start.date);
        note(start.precision, +start.date);
      }
      return { span, start: +start.date, end: end ? +periodEnd(end) : null, cut };
    }),
  }));
  return {
    events: placed,
    tracks: rows,
    inputs,
    starts,
    timed: [...starts.values()].includes('minute'),
  };
}

function parseSpan(span: TimelineSpan): ParsedSpan[] {
  const start = parseIsoDate(span.start);
  if (!start) return [];
  const end = span.end ? parseIsoDate(span.end) : null;
  return [{ span, start, end }];
}
