/**
 * Times of day in the story's zone: the offset of an IANA zone at an instant, a local time under
 * a zone turned into an instant, and any time written on the story's clock. Built on
 * `Intl.DateTimeFormat` (the browser's time-zone database), so nothing here ships zone data.
 * Pure; no DOM.
 *
 * Why not a library: `date-fns-tz` needs `date-fns` beside it and Temporal is not in every
 * browser we support; the two conversions below are the whole of what we need.
 */
import { isLocalTime, parseIsoDate, type ParsedDate } from './dates.js';

const MINUTE_MS = 60_000;
const parts = new Map<string, Intl.DateTimeFormat>();

/** True when `zone` is an IANA time-zone name the browser knows (`America/Chicago`, `UTC`). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = parts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    parts.set(zone, f);
  }
  return f;
}

/** The offset of `zone` at the instant `ms`, in minutes east of UTC (`-360` in Chicago in winter). */
export function zoneOffset(ms: number, zone: string): number {
  const p: Record<string, string> = {};
  for (const { type, value } of partsFormat(zone).formatToParts(ms)) p[type] = value;
  const year = p.era === 'BC' || p.era === 'B' ? 1 - +p.year! : +p.year!;
  const wall = new Date(0);
  wall.setUTCFullYear(year, +p.month! - 1, +p.day!);
  wall.setUTCHours(+p.hour!, +p.minute!, +p.second!, 0);
  const seconds = Math.floor(ms / 1000) * 1000;
  return Math.round((+wall - seconds) / MINUTE_MS);
}

/**
 * The instant (UTC ms) at which the clocks of `zone` read `wall` (a wall-clock time as UTC ms).
 * A time that does not exist there (skipped when clocks go forward) is moved forward by the
 * jump, as clocks do; a time that happens twice (when clocks go back) is the first of the two.
 */
export function zonedToInstant(wall: number, zone: string): number {
  let instant = wall - zoneOffset(wall, zone) * MINUTE_MS;
  for (let i = 0; i < 2; i++) {
    const next = wall - zoneOffset(instant, zone) * MINUTE_MS;
    if (next === instant) break;
    instant = next;
  }
  // Clocks went back: the earlier of two readings, if the zone read `wall` an offset earlier.
  const earlier = wall - zoneOffset(instant - 3_600_000, zone) * MINUTE_MS;
  if (earlier < instant && earlier + zoneOffset(earlier, zone) * MINUTE_MS === wall) return earlier;
  return instant;
}

/** The clock a story's times are shown on: its IANA zone, else one fixed offset. */
export interface StoryClock {
  /** The dataset's `timeZone`. */
  timeZone?: string;
  /** Minutes east of UTC, when there is no zone: the offset of the story's first time. */
  offset?: number;
}

/** `-05:00`, `+05:30`, `+00:00`, from minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant of a parsed time: its own offset, else local under the clock's zone. */
function instantIn(parsed: ParsedDate, clock: StoryClock): number | null {
  if (parsed.offset !== undefined) return +parsed.date - parsed.offset * MINUTE_MS;
  if (clock.timeZone) return zonedToInstant(+parsed.date, clock.timeZone);
  return null;
}

/**
 * A time of day written on the story's clock, `YYYY-MM-DDTHH:MM±HH:MM`: a time with an offset
 * is moved to the clock's zone (or fixed offset); a local time is read in the clock's zone.
 * Calendar dates are returned as given. `null` for a local time when the clock has no zone (it
 * cannot be placed), or for a value that is not a date.
 */
export function toStoryClock(value: string, clock: StoryClock): string | null {
  const parsed = parseIsoDate(value);
  if (!parsed) return null;
  if (parsed.precision !== 'minute') return value;
  const instant = instantIn(parsed, clock);
  if (instant === null) return null;
  const offset = clock.timeZone
    ? zoneOffset(instant, clock.timeZone)
    : (clock.offset ?? parsed.offset ?? 0);
  const wall = new Date(instant + offset * MINUTE_MS).toISOString();
  const seconds = wall.slice(17, 19) === '00' ? '' : wall.slice(16, 19);
  return `${wall.slice(0, 16)}${seconds}${formatOffset(offset)}`;
}

/**
 * The clock of a story: its `timeZone` when it names one, else the offset of the first of its
 * dates written with one (times are then all shown at that offset), else UTC.
 */
export function storyClock(timeZone: string | undefined, dates: Iterable<string>): StoryClock {
  if (timeZone) return { timeZone };
  for (const value of dates) {
    if (isLocalTime(value)) continue;
    const offset = parseIsoDate(value)?.offset;
    if (offset !== undefined) return { offset };
  }
  return { offset: 0 };
}
