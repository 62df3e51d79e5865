/**
 * Plain string helpers for the validator: lengths in code points (as JSON Schema counts them),
 * cutting a text short, and quoting a value in a message. Pure; no validator state.
 */

/** A string in quotes for a message, shortened past 60 code points. */
export function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, codePointIndex(s, 57))}…` : s);
}

/** The UTF-16 index just after the first `n` code points of `s`. */
export function codePointIndex(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
  }
  return i;
}

/** The length of `s` in code points, counting no further than `max + 1`. */
export function codePointLength(s: string, max: number): number {
  if (s.length <= max) return s.length;
  const end = codePointIndex(s, max);
  return end >= s.length ? max : max + 1;
}

/** The length of `s` in code points. */
export function countCodePoints(s: string): number {
  return s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/** True when `s` holds nothing but white space. */
export function isBlank(s: string): boolean {
  return !/\S/.test(s);
}

/** Cuts a text to `max` code points, ending with an ellipsis. */
export function truncate(s: string, max: number): string {
  return `${s.slice(0, codePointIndex(s, max - 1)).trimEnd()}…`;
}

/** A label made from an id: `"court-ruling"` → `"Court ruling"`. */
export function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
