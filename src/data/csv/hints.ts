/**
 * Hints for date cells that a spreadsheet rewrote: a date typed into a cell formatted as a date
 * comes back as `4/7/2025`, or, once the column is formatted as a number, as Excel's serial
 * number `45754`. Each hint names what the date probably was and how to keep it as written.
 */
import { parseIsoDate } from '../dates.js';

const DAY_MS = 86_400_000;

/**
 * Day 0 of Excel's 1900 date system, as UTC milliseconds: 1899-12-30. (Excel counts a 29 February
 * 1900 that never was, so from serial 61, 1900-03-01, on, a serial is the days since this day.)
 */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

/** The largest serial Excel shows as a date: 9999-12-31. */
const EXCEL_LAST_SERIAL = 2_958_465;

/**
 * The calendar day (UTC, `YYYY-MM-DD`) that an Excel serial number stands for in Excel's usual
 * 1900 date system (`45754` → `"2025-04-07"`); a fraction is a time of day and is dropped.
 * `null` for serials before 61 (1900-03-01) or after 9999-12-31, and for non-numbers.
 */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= EXCEL_LAST_SERIAL + 1) return null;
  return new Date(EXCEL_DAY_ZERO + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Five digits, maybe with a fraction: a serial of 1927 to 2173. Four digits are likelier years. */
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;

/** `4/7/2025`, `7.4.2025`, `4/7/25`: a date in a spreadsheet's display format. */
const DISPLAYED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;

/**
 * A hint (a sentence for a warning) for a date cell that looks rewritten by a spreadsheet, or
 * `null` when it does not. The cell is not changed: the validator still reports it as no date.
 */
export function dateCellHint(value: string): string | null {
  if (SERIAL.test(value)) {
    const day = excelSerialDate(Number(value.replace(',', '.')));
    if (day === null) return null;
    return (
      `${JSON.stringify(value)} looks like an Excel date serial number, not a date: in Excel's ` +
      `1900 date system it is ${day}. Format the column as text and write the date as ` +
      `YYYY-MM-DD (${day}).`
    );
  }
  const shown = DISPLAYED.exec(value);
  if (!shown) return null;
  return (
    `${JSON.stringify(value)} looks like a date the spreadsheet reformatted${probably(shown)}. ` +
    'Format the column as text and write YYYY-MM-DD.'
  );
}

/** `": 2025-04-07 if the month comes first, 2025-07-04 if the day does"`, or `""`. */
function probably([, a, b, year]: RegExpExecArray): string {
  if (year.length !== 4) return '';
  const iso = (month: string, day: string) =>
    `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const monthFirst = parseIsoDate(iso(a, b)) ? iso(a, b) : null;
  const dayFirst = parseIsoDate(iso(b, a)) ? iso(b, a) : null;
  if (monthFirst && dayFirst && monthFirst !== dayFirst) {
    return `: ${monthFirst} if the month comes first, ${dayFirst} if the day does`;
  }
  const only = monthFirst ?? dayFirst;
  return only ? `: ${only}` : '';
}
