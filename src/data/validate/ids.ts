/**
 * Ids: kebab-case, at most `MAX_LENGTHS.id` long, never rewritten (they appear in links), with a
 * suggestion when one is not kebab-case.
 */
import type { ProblemSink } from '../problems.js';
import { KEBAB_ID, MAX_LENGTHS } from './limits.js';
import { codePointLength, quote } from './strings.js';
import { absent, show, UNREADABLE } from './untrusted.js';

export { KEBAB_ID };

/**
 * A kebab-case version of a text, for suggesting ids: "Court Ruling (2nd)" → "court-ruling-2nd".
 * Accents are removed; may return `""`.
 */
export function kebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A kebab-case id that must be there; `null` (reported, ending with `dropped`) when unusable. */
export function requiredId(
  p: ProblemSink,
  value: unknown,
  path: string,
  dropped: string,
): string | null {
  if (value === UNREADABLE) return null;
  if (absent(value)) {
    p.error(path, `The id is missing. Give it a unique kebab-case id. ${dropped}`);
    return null;
  }
  return checkId(p, value, path, dropped);
}

/** A given id: text, short enough, kebab-case; `null` (reported) when not. */
export function checkId(
  p: ProblemSink,
  value: unknown,
  path: string,
  dropped: string,
): string | null {
  if (typeof value !== 'string') {
    p.error(path, `The id must be text, not ${show(value)}. ${dropped}`);
    return null;
  }
  if (codePointLength(value, MAX_LENGTHS.id) > MAX_LENGTHS.id) {
    p.error(
      path,
      `The id ${quote(value)} is longer than ${MAX_LENGTHS.id} characters. ` +
        `Ids appear in links; use a short one. ${dropped}`,
    );
    return null;
  }
  if (!KEBAB_ID.test(value)) {
    const suggestion = kebabCase(value);
    const like = suggestion && suggestion !== value ? `, such as ${quote(suggestion)}` : '';
    p.error(
      path,
      `${quote(value)} is not a kebab-case id (lowercase letters and digits joined by hyphens` +
        `${like}). Ids appear in links and are never rewritten. ${dropped}`,
    );
    return null;
  }
  return value;
}
