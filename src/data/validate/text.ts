/**
 * Text fields: a headline, a summary, a label, a name. Text is kept as written (spaces, line
 * breaks and all): only its type, blankness and length are checked. A text that is too long is
 * cut short with an ellipsis.
 */
import type { ProblemSink } from '../problems.js';
import { codePointLength, countCodePoints, isBlank, quote, truncate } from './strings.js';
import { absent, show, UNREADABLE } from './untrusted.js';

/** How a text field is checked. */
export interface TextRule {
  /** How the field is named in messages: "title", "publisher". */
  name: string;
  /** The most code points kept (`MAX_LENGTHS`). */
  max: number;
  /** Message tail when the field is unusable: "The event was left out." */
  dropped: string;
}

/** A text that must be there and not blank; `null` (reported) when unusable. */
export function requiredText(
  p: ProblemSink,
  value: unknown,
  path: string,
  rule: TextRule,
): string | null {
  if (value === UNREADABLE) return null;
  if (absent(value)) {
    p.error(path, `The ${rule.name} is missing. ${rule.dropped}`);
    return null;
  }
  if (typeof value !== 'string') {
    p.error(path, `The ${rule.name} must be text, not ${show(value)}. ${rule.dropped}`);
    return null;
  }
  if (isBlank(value)) {
    p.error(path, `The ${rule.name} is empty. ${rule.dropped}`);
    return null;
  }
  return limitText(p, value, path, rule);
}

/** A text that may be left out (`undefined`); the wrong type is an error, and left out. */
export function optionalText(
  p: ProblemSink,
  value: unknown,
  path: string,
  rule: TextRule,
): string | undefined {
  if (value === UNREADABLE || absent(value)) return undefined;
  if (typeof value !== 'string') {
    p.error(path, `The ${rule.name} must be text, not ${show(value)}. ${rule.dropped}`);
    return undefined;
  }
  return limitText(p, value, path, rule);
}

/** The text, or its first `rule.max` code points with an ellipsis (error). */
function limitText(p: ProblemSink, value: string, path: string, rule: TextRule): string {
  const length = codePointLength(value, rule.max);
  if (length <= rule.max) return value;
  const cut = truncate(value, rule.max);
  p.error(
    path,
    `The ${rule.name} is longer than ${rule.max} characters (${countCodePoints(value)}): ` +
      `${quote(value)}. ` +
      `It was cut short; shorten it.`,
  );
  return cut;
}
