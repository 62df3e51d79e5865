/**
 * JSON text: parsed, then checked as a dataset or a bare list of events. Text that is not JSON is
 * reported with the line and column where it stops being JSON, found by our own scanner because
 * engines differ in whether (and how) their errors give a position.
 */
import { Problems } from '../problems.js';
import {
  validateDataset,
  validateEvents,
  type ValidateOptions,
  type ValidationResult,
} from './dataset.js';
import { quote } from './strings.js';
import { describeError, show } from './untrusted.js';

/**
 * Parses JSON text and checks it: a dataset object, or a bare list of events (checked with
 * `validateEvents`). Text that is not JSON is reported with the parser's position as a line and
 * column. A leading byte-order mark is ignored. Never throws.
 */
export function parseJsonDataset(text: string, options?: ValidateOptions): ValidationResult {
  const parsed = parseJsonText(text);
  if ('error' in parsed) return unusable(parsed.error);
  const { value } = parsed;
  return Array.isArray(value) ? validateEvents(value, options) : validateDataset(value, options);
}

/**
 * Parses JSON text (a leading byte-order mark is ignored): its value, or the message that says
 * where it stops being JSON (line and column), or that it is empty. Never throws.
 */
export function parseJsonText(text: string): { value: unknown } | { error: string } {
  if (typeof text !== 'string') return { error: `Expected JSON text, not ${show(text)}.` };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { error: 'The data is empty: expected JSON text.' };
  try {
    return { value: JSON.parse(source) as unknown };
  } catch (e) {
    return { error: jsonErrorMessage(source, e) };
  }
}

/** A result with nothing usable, and the one error that says why. */
export function unusable(message: string): ValidationResult {
  const p = new Problems();
  p.error('', message);
  return { dataset: null, problems: p.finish(), leftOut: 0 };
}

function jsonErrorMessage(text: string, e: unknown): string {
  const detail = describeError(e).replace(/\s*\(line \d+ column \d+\)\s*$/, '');
  // Engines differ in whether (and how) they give a position, so find it ourselves.
  let offset = jsonErrorOffset(text);
  if (offset < 0) {
    const at = /position (\d+)/.exec(detail);
    offset = at ? Math.min(Number(at[1]), text.length) : -1;
  }
  if (offset < 0) return `The data is not valid JSON (${detail}).`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const near =
    offset < text.length ? `, at ${quote(text.slice(offset, offset + 1))}` : ', at the end';
  return `The data is not valid JSON (${detail}). Look at line ${line}, column ${column}${near}.`;
}

/**
 * The offset (in UTF-16 code units) of the first character where `text` stops being JSON (its
 * length when the text ends too early), or -1 when it is JSON. Iterative, so deep nesting cannot
 * overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  /** The open brackets, `{` or `[`, innermost last. */
  const stack: string[] = [];
  let expect: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    const c = text[i];
    if (expect === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) stack.pop();
      else return i;
      i++;
    } else if ((expect === 'firstKey' && c === '}') || (expect === 'firstValue' && c === ']')) {
      stack.pop();
      expect = 'after';
      i++;
    } else if (expect === 'key' || expect === 'firstKey') {
      const end = c === '"' ? skipString(text, i) : ~i;
      if (end < 0) return ~end;
      i = skipSpace(text, end);
      if (text[i] !== ':') return i;
      expect = 'value';
      i++;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'firstKey' : 'firstValue';
      i++;
    } else {
      const end = skipScalar(text, i);
      if (end < 0) return ~end;
      expect = 'after';
      i = end;
    }
  }
}

// The scanners below take the offset where a token starts and return the offset just after it,
// or, when the text is not that token, the offset of the fault as `~fault` (a negative number).

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  return i;
}

/** A JSON number, matched where `lastIndex` says (sticky). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A string, `true`, `false`, `null` or a number. */
function skipScalar(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === 't' || c === 'f' || c === 'n') {
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
    return text.startsWith(word, i) ? i + word.length : ~i;
  }
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : ~i;
}

/** A string: its quotes, characters from U+0020 on, and escapes. */
function skipString(text: string, i: number): number {
  for (i++; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return ~i;
    if (c !== 0x5c) {
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return ~i;
      i += 6;
    } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
      i += 2;
    } else {
      return ~(i + 1);
    }
  }
  return ~i;
}
