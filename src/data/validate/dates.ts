/**
 * Dates and their precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (real calendar dates, UTC) or a time
 * of day `YYYY-MM-DDTHH:MM` (with an offset, or local under the dataset's `timeZone`), a precision
 * that agrees with the form, an end that is not before its start. Times come back written on the
 * story's clock (`toStoryClock`), so that everything downstream reads one clock.
 */
import { compareIsoDates, isLocalTime, parseIsoDate, periodEnd, precisionOf } from '../dates.js';
import type { ProblemSink } from '../problems.js';
import { toStoryClock, type StoryClock } from '../time-zones.js';
import type { DatePrecision } from '../types.js';
import { quote } from './strings.js';
import { absent, type Fields, join, show, UNREADABLE } from './untrusted.js';

/** How a date field is checked. */
export interface DateRule {
  /** How the date is named in messages: "date", "end", "start". */
  name: string;
  /** How its precision is named: "precision", "endPrecision". */
  precisionName: string;
  /** Message tail when the date is unusable. */
  dropped: string;
  /**
   * The story's clock: times are written on it, and a local time needs its `timeZone`. Default:
   * each time keeps its own offset, and a local time is refused.
   */
  clock?: StoryClock;
}

/** The forms a date may take, for messages. */
export const DATE_FORMS =
  'YYYY-MM-DD (2025-04-07), YYYY-MM (2025-04), YYYY (2025) or a time, YYYY-MM-DDTHH:MM with its ' +
  'offset (2025-04-07T20:15-05:00)';

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute'];

/** A usable date and its precision. */
export interface CheckedDate {
  value: string;
  precision: DatePrecision;
}

/**
 * Checks a date string; returns it (a time written on the story's clock) or `null` when it is
 * unusable (reported). A local time needs the clock's `timeZone`: without one it is an error that
 * says how to give it.
 */
export function checkDate(
  p: ProblemSink,
  value: unknown,
  path: string,
  rule: DateRule,
): string | null {
  if (value === UNREADABLE) return null;
  if (typeof value !== 'string') {
    p.error(
      path,
      `The ${rule.name} must be text in the form ${DATE_FORMS}, not ${show(value)}. ${rule.dropped}`,
    );
    return null;
  }
  if (precisionOf(value) === null) {
    p.error(path, `${quote(value)} is not a date in the form ${DATE_FORMS}. ${rule.dropped}`);
    return null;
  }
  if (!parseIsoDate(value)) {
    p.error(
      path,
      `${quote(value)} is not a real date. Use YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DDTHH:MM ` +
        `(years from 0001, offsets up to ±18:00). ${rule.dropped}`,
    );
    return null;
  }
  if (isLocalTime(value) && !rule.clock?.timeZone) {
    p.error(
      path,
      `${quote(value)} is a time with no time zone, so it cannot be placed. Give the dataset a ` +
        `"timeZone" (an IANA name such as "America/Chicago"), or write the offset: ` +
        `${quote(`${value}-05:00`)}. ${rule.dropped}`,
    );
    return null;
  }
  return toStoryClock(value, rule.clock ?? {}) ?? value;
}

function isPrecision(value: unknown): value is DatePrecision {
  return (PRECISIONS as readonly unknown[]).includes(value);
}

/**
 * Checks a date and its precision together. A missing precision is inferred from the form of the
 * date (warning). One that disagrees with the form is an error, and the less precise of the two
 * wins: a day written with `"month"` becomes the month (never show a false day), a month written
 * with `"day"` stays a month (a day cannot be invented).
 */
export function checkDatePair(
  p: ProblemSink,
  value: unknown,
  precisionValue: unknown,
  path: string,
  precisionPath: string,
  rule: DateRule,
): CheckedDate | null {
  const date = checkDate(p, value, path, rule);
  if (date === null) {
    if (!absent(precisionValue)) checkPrecisionValue(p, precisionValue, precisionPath);
    return null;
  }
  const form = precisionOf(date) as DatePrecision;
  if (precisionValue === UNREADABLE) return { value: date, precision: form };
  if (absent(precisionValue)) {
    p.warn(
      precisionPath,
      `No ${rule.precisionName} given for ${quote(date)}; "${form}" was used, from the form of the date.`,
    );
    return { value: date, precision: form };
  }
  if (!isPrecision(precisionValue)) {
    p.error(
      precisionPath,
      `${show(precisionValue)} is not a precision: use "year", "month", "day" or "minute". ` +
        `"${form}" was used, ` +
        `from the form of ${quote(date)}.`,
    );
    return { value: date, precision: form };
  }
  if (precisionValue === form) return { value: date, precision: form };
  return lessPrecise(p, date, form, precisionValue, precisionPath, rule);
}

/** The length of a date string at each precision: `2025`, `2025-04`, `2025-04-07`. */
const LENGTH: Record<Exclude<DatePrecision, 'minute'>, number> = { year: 4, month: 7, day: 10 };

/**
 * A date whose precision disagrees with its form: the less precise of the two (error). A date
 * written more precisely than its precision is cut to it (never show a false day); a precision
 * finer than the date is not kept (a day cannot be invented).
 */
function lessPrecise(
  p: ProblemSink,
  date: string,
  form: DatePrecision,
  given: DatePrecision,
  precisionPath: string,
  rule: DateRule,
): CheckedDate {
  const name = rule.precisionName;
  if (PRECISIONS.indexOf(given) > PRECISIONS.indexOf(form)) {
    const what = form === 'month' ? 'a month' : form === 'year' ? 'a year' : 'a day';
    p.error(
      precisionPath,
      `The ${name} is "${given}" but ${quote(date)} is ${what}, so "${form}" was used. ` +
        `Write the full date if the ${given} is known.`,
    );
    return { value: date, precision: form };
  }
  const cut = date.slice(0, LENGTH[given as keyof typeof LENGTH]);
  const what = form === 'minute' ? 'a time' : form === 'day' ? 'a day' : 'a month';
  p.error(
    precisionPath,
    `The ${name} is "${given}" but ${quote(date)} is ${what}. Only the ${given} was kept ` +
      `(${quote(cut)}); write "${cut}" if only the ${given} is known, or use "${form}".`,
  );
  return { value: cut, precision: given };
}

function checkPrecisionValue(p: ProblemSink, value: unknown, path: string): void {
  if (value !== UNREADABLE && !isPrecision(value)) {
    p.error(path, `${show(value)} is not a precision: use "year", "month", "day" or "minute".`);
  }
}

/**
 * A date that must be there (an event's `date`, a span's `start`) with its precision, read from
 * `fields` under `key` and `precisionKey`; `null` (reported, ending with `rule.dropped`) when it
 * is missing or unusable. `what` names the owner in messages: "event", "span".
 */
export function requiredDate(
  p: ProblemSink,
  fields: Fields,
  path: string,
  what: string,
  keys: { date: string; precision: string },
  rule: DateRule,
): CheckedDate | null {
  const value = fields.get(keys.date);
  if (absent(value)) {
    p.error(
      join(path, keys.date),
      `The ${what} has no ${rule.name}. Use YYYY-MM-DD, YYYY-MM, YYYY or a time. ${rule.dropped}`,
    );
    return null;
  }
  return checkDatePair(
    p,
    value,
    fields.get(keys.precision),
    join(path, keys.date),
    join(path, keys.precision),
    rule,
  );
}

/**
 * An optional end (of an event or a span), read from `fields` under `end` and `endPrecision`.
 * Returns `undefined` when there is none, `null` when it is unusable (reported), which includes
 * an end before `start`.
 */
export function checkEnd(
  p: ProblemSink,
  fields: Fields,
  start: CheckedDate | null,
  path: string,
  rule: DateRule,
): CheckedDate | null | undefined {
  const value = fields.get('end');
  const precision = fields.get('endPrecision');
  const precisionPath = join(path, 'endPrecision');
  if (absent(value)) {
    if (!absent(precision)) {
      if (isPrecision(precision)) {
        p.warn(precisionPath, `There is an endPrecision but no end; it was ignored.`);
      } else {
        checkPrecisionValue(p, precision, precisionPath);
      }
    }
    return undefined;
  }
  const end = checkDatePair(p, value, precision, join(path, 'end'), precisionPath, rule);
  if (!end || !start) return end;
  const startDate = parseIsoDate(start.value);
  const endDate = parseIsoDate(end.value);
  if (startDate && endDate && periodEnd(endDate) <= startDate.date) {
    p.error(
      join(path, 'end'),
      `The end (${quote(end.value)}) is before the start (${quote(start.value)}). ` + rule.dropped,
    );
    return null;
  }
  return end;
}

/** An item kept by a list's check, with where it was in the data. */
export interface Placed<T> {
  item: T;
  path: string;
}

/**
 * The items in date order (stable), with one warning, at the first item out of order, when they
 * were not: `field` names the date field (`date`, `start`), `what` the items (`events`, `spans`).
 */
export function inDateOrder<T>(
  p: ProblemSink,
  kept: readonly Placed<T>[],
  dateOf: (item: T) => string,
  field: string,
  what: string,
): T[] {
  for (let i = 1; i < kept.length; i++) {
    const before = dateOf(kept[i - 1]!.item);
    const after = dateOf(kept[i]!.item);
    if (compareIsoDates(before, after) > 0) {
      p.warn(
        join(kept[i]!.path, field),
        `The ${what} are not in date order (${quote(after)} comes after ${quote(before)}). ` +
          `They were sorted by ${field}.`,
      );
      return [...kept]
        .sort((a, b) => compareIsoDates(dateOf(a.item), dateOf(b.item)))
        .map((k) => k.item);
    }
  }
  return kept.map((k) => k.item);
}
