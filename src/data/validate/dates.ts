/**
 * Dates and their precision: `YYYY-MM-DD` or `YYYY-MM`, real calendar dates (UTC), a precision
 * that agrees with the form, an end that is not before its start.
 */
import { parseIsoDate, periodEnd, precisionOf } from '../dates.js';
import type { ProblemSink } from '../problems.js';
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
}

/** A usable date and its precision. */
export interface CheckedDate {
  value: string;
  precision: DatePrecision;
}

/** Checks a date string; `null` when unusable (reported). */
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
      `The ${rule.name} must be text in the form YYYY-MM-DD or YYYY-MM, not ${show(value)}. ` +
        rule.dropped,
    );
    return null;
  }
  // Years and times of day are parsed but not yet part of the validated model.
  const form = precisionOf(value);
  if (form === null || form === 'year' || form === 'minute') {
    p.error(
      path,
      `${quote(value)} is not a date in the form YYYY-MM-DD (2025-04-07) or YYYY-MM (2025-04). ` +
        rule.dropped,
    );
    return null;
  }
  if (!parseIsoDate(value)) {
    p.error(path, `${quote(value)} is not a real date. Use YYYY-MM-DD or YYYY-MM. ${rule.dropped}`);
    return null;
  }
  return value;
}

function isPrecision(value: unknown): value is DatePrecision {
  return value === 'day' || value === 'month';
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
      `${show(precisionValue)} is not a precision: use "day" or "month". "${form}" was used, ` +
        `from the form of ${quote(date)}.`,
    );
    return { value: date, precision: form };
  }
  if (precisionValue === form) return { value: date, precision: form };
  return lessPrecise(p, date, form, precisionPath, rule);
}

/** A date whose precision disagrees with its form: the less precise of the two (error). */
function lessPrecise(
  p: ProblemSink,
  date: string,
  form: DatePrecision,
  precisionPath: string,
  rule: DateRule,
): CheckedDate {
  if (form === 'month') {
    p.error(
      precisionPath,
      `The ${rule.precisionName} is "day" but ${quote(date)} is a month, so "month" was used. ` +
        `Write the full date if the day is known.`,
    );
    return { value: date, precision: 'month' };
  }
  const month = date.slice(0, 7);
  p.error(
    precisionPath,
    `The ${rule.precisionName} is "month" but ${quote(date)} is a day. Only the month was kept ` +
      `(${quote(month)}); write "${month}" if only the month is known, or use "day".`,
  );
  return { value: month, precision: 'month' };
}

function checkPrecisionValue(p: ProblemSink, value: unknown, path: string): void {
  if (value !== UNREADABLE && !isPrecision(value)) {
    p.error(path, `${show(value)} is not a precision: use "day" or "month".`);
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
      `The ${what} has no ${rule.name}. Use YYYY-MM-DD or YYYY-MM. ${rule.dropped}`,
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
