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
  if (typeof text !== 'string') return unusable(`Expected JSON text, not ${show(text)}.`);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return unusable('The data is empty: expected JSON text.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (e) {
    return unusable(jsonErrorMessage(source, e));
  }
  return Array.isArray(parsed) ? validateEvents(parsed, options) : validateDataset(parsed, options);
}

function unusable(message: string): ValidationResult {
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
  return new JsonScanner(text).fault();
}

/** A JSON number, matched where `lastIndex` says (sticky). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** What the scanner expects next. */
type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'after';

/**
 * A JSON scanner that only finds where the text goes wrong: each step moves past one token and
 * returns the offset of a fault, -1 for the end of a valid text, or `undefined` to go on.
 */
class JsonScanner {
  private i = 0;
  private expect: Expect = 'value';
  /** The open brackets, `{` or `[`, innermost last. */
  private readonly stack: string[] = [];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  fault(): number {
    for (;;) {
      this.skipSpace();
      const step =
        this.expect === 'after'
          ? this.after()
          : this.expect === 'key' || this.expect === 'firstKey'
            ? this.key()
            : this.value();
      if (step !== undefined) return step;
    }
  }

  /** After a value: a comma, the closing bracket, or the end of the text. */
  private after(): number | undefined {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return this.i < this.text.length ? this.i : -1;
    const c = this.text[this.i];
    if (c === ',') {
      this.i++;
      this.expect = top === '{' ? 'key' : 'value';
    } else if (c === (top === '{' ? '}' : ']')) {
      this.i++;
      this.stack.pop();
    } else {
      return this.i;
    }
    return undefined;
  }

  /** A key and its colon, or (first in an object) the closing brace. */
  private key(): number | undefined {
    if (this.expect === 'firstKey' && this.text[this.i] === '}') return this.close();
    if (this.text[this.i] !== '"' || !this.string()) return this.i;
    this.skipSpace();
    if (this.text[this.i] !== ':') return this.i;
    this.i++;
    this.expect = 'value';
    return undefined;
  }

  /** A value, or (first in a list) the closing bracket. */
  private value(): number | undefined {
    const c = this.text[this.i];
    if (this.expect === 'firstValue' && c === ']') return this.close();
    this.expect = 'after';
    if (c === '{' || c === '[') {
      this.stack.push(c);
      this.i++;
      this.expect = c === '{' ? 'firstKey' : 'firstValue';
    } else if (c === '"') {
      if (!this.string()) return this.i;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (!this.text.startsWith(word, this.i)) return this.i;
      this.i += word.length;
    } else {
      NUMBER.lastIndex = this.i;
      if (!NUMBER.test(this.text)) return this.i;
      this.i = NUMBER.lastIndex;
    }
    return undefined;
  }

  /** An empty object or list ends. */
  private close(): undefined {
    this.i++;
    this.stack.pop();
    this.expect = 'after';
    return undefined;
  }

  private skipSpace(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
  }

  /** Moves past a string starting at `i`; false (with `i` at the fault) when it is not one. */
  private string(): boolean {
    const { text } = this;
    this.i++;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c !== 0x5c) {
        this.i++;
      } else if (!this.escape()) {
        return false;
      }
    }
    return false;
  }

  /** Moves past an escape at `i` (a backslash); false (with `i` at the fault) when it is bad. */
  private escape(): boolean {
    const next = this.text[this.i + 1];
    if (next === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) return false;
      this.i += 6;
    } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
      this.i += 2;
    } else {
      this.i++;
      return false;
    }
    return true;
  }
}
