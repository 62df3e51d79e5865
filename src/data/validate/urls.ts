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

/** The schemes an image may be loaded over once resolved (`http:` only relative to an http page). */
const IMAGE_PROTOCOLS: readonly string[] = ['https:', 'http:'];

/**
 * What is wrong with an image address (`TimelineMedia.url`), as the end of a sentence that
 * starts with it, or `null` when it is usable: a complete `https:` address, or one relative to
 * the data (`images/bridge.jpg`, `/media/bridge.jpg`), with no spaces or control characters, at
 * most `MAX_LENGTHS.url` long. `http:`, `data:`, `javascript:` and every other scheme are refused,
 * and so is `//host/…` (write the scheme).
 */
export function mediaUrlProblem(value: string): string | null {
  if (codePointLength(value, MAX_LENGTHS.url) > MAX_LENGTHS.url) {
    return `is longer than ${MAX_LENGTHS.url} characters`;
  }
  if (SPACE_OR_CONTROL.test(value)) {
    return 'contains spaces or control characters (an address must not; write a space as %20)';
  }
  if (value === '') return 'is empty';
  if (/^[/\\]{2}/.test(value)) return 'has no scheme: write it in full, starting with https://';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1];
  if (scheme === undefined) {
    return parse(value, 'https://relative.invalid/') ? null : 'is not a valid address';
  }
  if (scheme.toLowerCase() === 'https' && scheme !== 'https') {
    return 'must be written with "https://" in lowercase';
  }
  if (scheme === 'http') {
    return 'is an http: address: images are loaded over https: only (write https://, or a path relative to the data)';
  }
  if (scheme !== 'https') {
    return 'is not an image address: only https: addresses and paths relative to the data are loaded';
  }
  // The host right after `https://`, as the schema's pattern says: the URL parser would also take
  // `https:host`, `https:///host` or `https://\\host` and mend them.
  if (!/^https:\/\/[^/?#\\]/.test(value)) return 'is not a valid address';
  return parse(value)?.hostname ? null : 'is not a valid address';
}

/**
 * The address to load an image from: `url` (checked by `mediaUrlProblem`) resolved against
 * `base` (the data file's address, else the page's), or `null` when it is not usable there: an
 * address that does not resolve to `https:` (or to `http:` on an `http:` base, as on a local
 * server). Pure; never throws.
 */
export function resolveMediaUrl(url: string, base: string): string | null {
  if (mediaUrlProblem(url) !== null) return null;
  const resolved = parse(url, base);
  if (!resolved || !IMAGE_PROTOCOLS.includes(resolved.protocol)) return null;
  if (resolved.protocol === 'http:' && /^https:/i.test(url)) return null;
  return resolved.href;
}

/** `new URL(value, base)`, or `null` when it throws (`URL.canParse` is too recent for Safari 16). */
function parse(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}
