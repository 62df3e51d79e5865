/**
 * TimelineJS dates to ours. TimelineJS keeps a date as parts (`year`, `month`, `day`, `hour`,
 * `minute`, `second`, `millisecond`: numbers, or strings of digits), in a sheet's Year / Month /
 * Day / Time columns, or as one "Start Date" cell in the sheets of before 2015. Ours is one ISO
 * string whose form says its precision: `1969`, `1969-07`, `1969-07-20`, `1969-07-20T20:17`.
 *
 * TimelineJS times have no zone (it shows them in the reader's), so they come out as local times,
 * to be read in the dataset's `timeZone`. Seconds are dropped: our times are to the minute.
 * Pure functions; messages name the value, the caller names the cell.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import type { RawPrecision } from './types.js';

/** The parts of one TimelineJS date, each trimmed; `''` when absent. */
export interface DateInput {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  millisecond: string;
  /** An explicit UTC offset, `+05:30` (only an ISO "Start Date" cell can carry one). */
  offset?: string;
}

export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/** A date in our form. */
export interface IsoDate {
  value: string;
  precision: RawPrecision;
  /** True for a time of day without an offset: it needs the dataset's `timeZone`. */
  localTime: boolean;
}

/** Something wrong with one part. `fatal`: the date could not be made at all. */
export interface DateIssue {
  part: DatePart;
  severity: 'error' | 'warning';
  message: string;
  fatal?: boolean;
}

export const EMPTY_DATE: Readonly<DateInput> = Object.freeze({
  year: '',
  month: '',
  day: '',
  hour: '',
  minute: '',
  second: '',
  millisecond: '',
});

const INTEGER = /^[+-]?\d+$/;

/** TimelineJS's `clean_integer`: spaces and thousands commas out (`1,969` is 1969). */
function integer(text: string): number | null {
  const t = text.replace(/[\s,]+/g, '');
  return INTEGER.test(t) ? Number(t) : null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function yearOf(text: string, issues: DateIssue[]): number | null {
  const year = integer(text);
  const fail = (message: string): null => {
    issues.push({ part: 'year', severity: 'error', message, fatal: true });
    return null;
  };
  if (year === null) return fail(`"${text}" is not a year: write it as a number, such as 1969`);
  if (year <= 0) {
    return fail(
      `The year ${text} is before the Common Era (TimelineJS writes BCE years as negative ` +
        'numbers); news-timeline dates start at the year 1 and cannot show it',
    );
  }
  if (year > 9999)
    return fail(`The year ${text} has more than four digits; our dates cannot show it`);
  return year;
}

/** Month and day, as far as they are valid: `[month?, day?]`. */
function monthDayOf(input: DateInput, year: number, issues: DateIssue[]): number[] {
  if (input.month === '') {
    if (input.day !== '') {
      issues.push({
        part: 'day',
        severity: 'error',
        message: `A day (${input.day}) without a month is ignored (TimelineJS reads it as a day in January): the date is the year ${year}`,
      });
    }
    return [];
  }
  const month = integer(input.month);
  if (month === null || month < 1 || month > 12) {
    issues.push({
      part: 'month',
      severity: 'error',
      message: `"${input.month}" is not a month (a number from 1 to 12): the date is the year ${year}`,
    });
    return [];
  }
  if (input.day === '') return [month];
  const day = integer(input.day);
  if (day === null || day < 1 || day > daysInMonth(year, month)) {
    issues.push({
      part: 'day',
      severity: 'error',
      message: `"${input.day}" is not a day of ${year}-${pad(month)}: the date is the month ${year}-${pad(month)}`,
    });
    return [month];
  }
  return [month, day];
}

function hasTime(input: DateInput): boolean {
  return (
    input.hour !== '' || input.minute !== '' || input.second !== '' || input.millisecond !== ''
  );
}

/** `HH:MM` as far as it is valid, or `null` (with an issue) when the time is ignored. */
function timeOf(input: DateInput, issues: DateIssue[]): string | null {
  const hour = integer(input.hour);
  if (hour === null || hour < 0 || hour > 23) {
    const message = `"${input.hour}" is not an hour (0 to 23): the time is ignored`;
    issues.push({ part: 'hour', severity: 'error', message });
    return null;
  }
  const minute = input.minute === '' ? 0 : integer(input.minute);
  if (minute === null || minute < 0 || minute > 59) {
    const message = `"${input.minute}" is not a minute (0 to 59): the time is ignored`;
    issues.push({ part: 'minute', severity: 'error', message });
    return null;
  }
  const hhmm = `${pad(hour)}:${pad(minute)}`;
  const second = input.second === '' ? 0 : integer(input.second);
  const ms = input.millisecond === '' ? 0 : integer(input.millisecond);
  if (second !== 0 || ms !== 0) {
    issues.push({
      part: input.second !== '' ? 'second' : 'millisecond',
      severity: 'warning',
      message: `Seconds are not shown: the time is kept to the minute, ${hhmm}`,
    });
  }
  return hhmm;
}

/**
 * Makes our date from TimelineJS parts, at the finest precision that is valid; each part left
 * out is an issue. `date` is `null` without a usable year (no year at all gives no issue: the
 * caller knows whether one was needed).
 */
export function toIsoDate(input: DateInput): { date: IsoDate | null; issues: DateIssue[] } {
  const issues: DateIssue[] = [];
  if (input.year === '') return { date: null, issues };
  const year = yearOf(input.year, issues);
  if (year === null) return { date: null, issues };
  const [month, day] = monthDayOf(input, year, issues);
  let value = pad(year, 4);
  if (month !== undefined) value += `-${pad(month)}`;
  if (day !== undefined) value += `-${pad(day)}`;
  let precision: RawPrecision = month === undefined ? 'year' : day === undefined ? 'month' : 'day';
  if (!hasTime(input)) return { date: { value, precision, localTime: false }, issues };
  if (precision !== 'day') {
    const message = `A time needs a day: the time is ignored and the date is ${value}`;
    issues.push({ part: 'hour', severity: 'error', message });
    return { date: { value, precision, localTime: false }, issues };
  }
  const time = timeOf(input, issues);
  if (time === null) return { date: { value, precision, localTime: false }, issues };
  value += `T${time}${input.offset ?? ''}`;
  precision = 'minute';
  return { date: { value, precision, localTime: input.offset === undefined }, issues };
}

type TimeParts = Pick<DateInput, 'hour' | 'minute' | 'second' | 'millisecond'>;

/** A fraction of a second (`25` of `15.25`) in whole milliseconds, as a string. */
function milliseconds(fraction: string): string {
  return fraction === '' ? '' : String(Math.round(Number(`0.${fraction}`) * 1000));
}

/**
 * Reads a Time cell as TimelineJS does: `14:30`, `14:30:15`, `14.30`, `1430`, `2:30 PM`,
 * `2 p.m.`, `14:30:15.250`. Returns the parts (ranges are checked by `toIsoDate`), or a message.
 */
export function parseTimeCell(text: string): TimeParts | { error: string } {
  const fail = {
    error: `"${text}" is not a time TimelineJS reads (such as 14:30 or 2:30 PM): the time is ignored`,
  };
  const period = /\s*([ap])\.?\s*m\.?\s*$/i.exec(text);
  const body = period ? text.slice(0, period.index).trim() : text.trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(body);
  const parts = compact ? compact.slice(1) : body.split(body.includes(':') ? ':' : '.');
  if (
    parts.length > 4 ||
    !parts.every((p, i) => /^\d+$/.test(p) || (i === 2 && /^\d+[.,]\d*$/.test(p)))
  ) {
    return fail;
  }
  const [second = '', fraction = parts[3] ?? ''] = (parts[2] ?? '').split(/[.,]/);
  let hour = Number(parts[0]);
  if (period) {
    if (hour < 1 || hour > 12) return fail;
    const pm = period[1].toLowerCase() === 'p';
    if (pm && hour !== 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  return {
    hour: String(hour),
    minute: parts[1] ?? '',
    second,
    millisecond: milliseconds(fraction),
  };
}

/** What `parseStartDateCell` returns: the parts, or a message; `note` is worth a warning. */
export type StartDateCell = { parts: DateInput; note?: string } | { error: string };

const ISO_SHORT = /^([+-]?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/;
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** `7/20/1969` (month/day/year) or `7/1969` (month/year), then perhaps a time. */
const SLASHED = /^(\d{1,2})\/(?:(\d{1,2})\/)?(\d{1,4})(?:\s+(.+))?$/;

function offsetOf(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  if (zone.toUpperCase() === 'Z') return '+00:00';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function slashed(m: RegExpExecArray, text: string): StartDateCell {
  const year = m[3];
  let [month, day] = [m[1], m[2] ?? ''];
  const notes: string[] = [];
  if (day !== '' && Number(month) > 12 && Number(day) <= 12) {
    [month, day] = [day, month];
    notes.push(`"${text}" is read as day/month/year (TimelineJS reads month/day/year)`);
  }
  if (year.length < 3) {
    notes.push(`The year ${year} is read as written, not as 19${year} or 20${year}`);
  }
  let time: TimeParts = { hour: '', minute: '', second: '', millisecond: '' };
  if (m[4] !== undefined) {
    const parsed = parseTimeCell(m[4]);
    if ('error' in parsed) return parsed;
    time = parsed;
  }
  const parts = { ...EMPTY_DATE, year, month, day, ...time };
  return notes.length ? { parts, note: `${notes.join('. ')}.` } : { parts };
}

/**
 * Reads a "Start Date" or "End Date" cell of the sheets of before 2015, as TimelineJS's
 * `parseDate` does: `1969`, `-500`, `1969-07`, `1969-07-20`, an ISO date and time, `7/20/1969`,
 * `7/1969`, each optionally followed by a time. A first number above 12 reads as a day.
 */
export function parseStartDateCell(text: string): StartDateCell {
  const t = text.trim();
  let m = ISO_SHORT.exec(t);
  if (m) return { parts: { ...EMPTY_DATE, year: m[1], month: m[2] ?? '', day: m[3] ?? '' } };
  m = ISO_TIME.exec(t);
  if (m) {
    const [, year, month, day, hour, minute, second = '', fraction = ''] = m;
    const parts = { year, month, day, hour, minute, second, millisecond: milliseconds(fraction) };
    const offset = offsetOf(m[8]);
    return { parts: offset ? { ...parts, offset } : parts };
  }
  m = SLASHED.exec(t);
  if (m) return slashed(m, t);
  return {
    error: `"${t}" is not a date TimelineJS reads (write it as 1969-07-20, 7/20/1969 or 1969)`,
  };
}
