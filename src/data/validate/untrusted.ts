/**
 * Reading values nobody vouches for: own properties only (a `__proto__` key is data), getters
 * that throw are reported rather than thrown, and any value can be described in a message.
 */
import type { ProblemSink } from '../problems.js';
import { quote } from './strings.js';

/** Marks a property whose getter threw; the problem has already been reported. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** The known fields of an object, by name, as read (`UNREADABLE` when a getter threw). */
export type Fields = Map<string, unknown>;

export function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** An object that is not a list. */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `undefined` and `null` both mean "not given". */
export function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** A path one field deeper: `join("events[3]", "date")` is `"events[3].date"`. */
export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The message of a thrown value, or a generic phrase; never throws itself. */
export function describeError(e: unknown): string {
  try {
    if (e instanceof Error && typeof e.message === 'string' && e.message) return e.message;
  } catch {
    // fall through
  }
  return 'an error was thrown';
}

/**
 * Reads an own property without ever touching the prototype chain (so a `__proto__` key is read
 * as data) and without letting a throwing getter escape: that is reported at `path`, and
 * `UNREADABLE` returned.
 */
export function own(p: ProblemSink, obj: object, key: string, path: string): unknown {
  try {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (!d) return undefined;
    if ('value' in d) return d.value;
    return d.get ? d.get.call(obj) : undefined;
  } catch (e) {
    p.error(path, `This could not be read (${describeError(e)}).`);
    return UNREADABLE;
  }
}

/** Reads the `known` fields of an object and warns about the others (except `quiet` ones). */
export function readFields(
  p: ProblemSink,
  obj: object,
  path: string,
  known: readonly string[],
  quiet: readonly string[] = [],
): Fields {
  const fields: Fields = new Map();
  for (const key of known) fields.set(key, own(p, obj, key, join(path, key)));
  const unknown = Object.keys(obj).filter((k) => !known.includes(k) && !quiet.includes(k));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map((k) => quote(k));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    const list = names.join(', ') + more;
    p.warn(
      path,
      unknown.length === 1
        ? `Unknown field ${list} was ignored. Known fields: ${known.join(', ')}.`
        : `Unknown fields ${list} were ignored. Known fields: ${known.join(', ')}.`,
    );
  }
  return fields;
}

/**
 * Reads the first `max` items of a list (each as `own` reads it), reporting the rest as left
 * out: `what` names them in the message ("events", "sources").
 */
export function items(
  p: ProblemSink,
  list: readonly unknown[],
  path: string,
  max: number,
  what: string,
): unknown[] {
  const n = list.length;
  if (n > max) {
    p.error(
      path,
      `There are ${n} ${what}; at most ${max} are allowed. Only the first ${max} were used.`,
    );
  }
  const out: unknown[] = [];
  for (let i = 0; i < Math.min(n, max); i++) out.push(own(p, list, String(i), `${path}[${i}]`));
  return out;
}

/** Describes a value for a message: `"2025-02-30"`, `the number 3`, `a list`, `null`. */
export function show(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return quote(value);
      case 'number':
      case 'bigint':
        return `the number ${String(value)}`;
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'nothing';
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default:
        return value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
    }
  } catch {
    return 'an unreadable value';
  }
}
