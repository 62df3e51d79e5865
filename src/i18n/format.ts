/**
 * Filling messages of the strings table: plural forms chosen with `Intl.PluralRules`, numbers
 * written with `Intl.NumberFormat`, both at the timeline's locale and cached per locale. Pure;
 * no DOM.
 */
import type { Message } from './strings.js';

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** Writes a number as the locale does: "1,234" in English, "1.234" in Spanish. */
export function formatNumber(value: number, locale: string): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(value);
}

/** The form of `message` for `count` (its plural category in `locale`, else `other`). */
export function pluralForm(message: Message, count: number, locale: string): string {
  if (typeof message === 'string') return message;
  return message[pluralRules(locale).select(count)] ?? message.other;
}

/**
 * Splits a filled message into its text and its values, for templates that put elements in
 * it: `fillParts('Last updated {date}.', { date: timeElement })` → `['Last updated ', timeElement,
 * '.']`. A message with plural forms is chosen by the value named `count` (else the first number
 * given). Numbers are written in the locale; an unknown placeholder is kept as written.
 */
export function fillParts<V>(
  message: Message,
  values: Readonly<Record<string, V | number | string>>,
  locale: string,
): (string | V)[] {
  const count = values.count ?? Object.values(values).find((v) => typeof v === 'number');
  const text = pluralForm(message, typeof count === 'number' ? count : 0, locale);
  const parts: (string | V)[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    if (!(m[1]! in values)) continue;
    parts.push(text.slice(last, m.index));
    const value = values[m[1]!]!;
    parts.push(typeof value === 'number' ? formatNumber(value, locale) : value);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((p) => p !== '');
}

/** A message filled with text and numbers: `fill('{index} of {count}', { index: 1, count: 5 })`. */
export function fill(
  message: Message,
  values: Readonly<Record<string, number | string>>,
  locale: string,
): string {
  return fillParts<string>(message, values, locale).join('');
}
