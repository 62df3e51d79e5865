/**
 * Links: only complete `https:`, `http:` and `mailto:` addresses are kept. Everything else
 * (`javascript:`, `data:`, a relative path, an address with spaces) is removed.
 */
import { MAX_LENGTHS } from './limits.js';
import { codePointLength } from './strings.js';

/** The only link schemes kept: anything else (`javascript:`, `data:`, …) is removed. */
export const SAFE_URL_PROTOCOLS: readonly string[] = Object.freeze(['https:', 'http:', 'mailto:']);

/** C0 controls and space, DEL and C1 controls, and every other Unicode space. */
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u009f\s]/;

/**
 * True for an address that is safe to put in a link: `https:`, `http:` (with a host) or
 * `mailto:`, written with its scheme in lowercase, with no spaces or control characters anywhere
 * (the URL parser would silently drop tabs and newlines, which is how `java\tscript:` sneaks
 * through), at most `MAX_LENGTHS.url` long, and accepted by `new URL`.
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  let safe = checked.get(value);
  if (safe === undefined) {
    if (checked.size >= CHECKED_MAX) checked.clear();
    checked.set(value, (safe = urlProblem(value) === null));
  }
  return safe;
}

/** Addresses already checked: a timeline checks each link again when it renders. */
const checked = new Map<string, boolean>();
const CHECKED_MAX = 10_000;

/**
 * What is wrong with an address, as the end of a sentence that starts with it ("is not a valid
 * address"), or `null` when it is safe.
 */
export function urlProblem(value: string): string | null {
  if (codePointLength(value, MAX_LENGTHS.url) > MAX_LENGTHS.url) {
    return `is longer than ${MAX_LENGTHS.url} characters`;
  }
  if (SPACE_OR_CONTROL.test(value)) {
    return 'contains spaces or control characters (a link must not)';
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value);
  if (!scheme) {
    return 'is not a complete address: write it in full, starting with https://';
  }
  if (!/^(?:https?:\/\/|mailto:)/.test(value)) {
    return /^(?:https?|mailto)$/i.test(scheme[1])
      ? 'must be written with "https://", "http://" or "mailto:" in lowercase'
      : 'is not a safe link: only https:, http: and mailto: addresses are allowed';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid address';
  }
  if (!SAFE_URL_PROTOCOLS.includes(url.protocol)) {
    return 'is not a safe link: only https:, http: and mailto: addresses are allowed';
  }
  if (url.protocol === 'mailto:' ? value.length <= 'mailto:'.length : !url.hostname) {
    return 'is not a valid address';
  }
  return null;
}
