/**
 * What `<news-timeline>` tells the page's author in the console: one warning per unusable
 * attribute value, and one grouped warning per set of data problems. The same problems go to
 * the page in `nt-error`.
 */
import type { NtProblem } from '../../events.js';

/** Warns once per attribute and value, however often the element updates. */
export class AttributeWarnings {
  private readonly _warned = new Set<string>();

  /** The problem for `nt-error`; logged the first time this attribute has this value. */
  warn(attribute: string, value: string, problem: string): NtProblem {
    const message = `ignoring ${attribute}="${value}": ${problem}.`;
    const key = `${attribute}\u0000${value}`;
    if (!this._warned.has(key)) {
      this._warned.add(key);
      console.warn(`<news-timeline>: ${message}`);
    }
    return { path: attribute, message, severity: 'warning' };
  }
}

/** Logs the problems of new data in one warning: how many errors and warnings, then each. */
export function warnDataProblems(problems: readonly NtProblem[], shown: boolean): void {
  if (!problems.length) return;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const what = shown
    ? `${errors} error(s) and ${problems.length - errors} warning(s) in the data`
    : 'the data cannot be shown';
  console.warn(
    `<news-timeline>: ${what}:\n` +
      problems.map((p) => `  ${p.path || '(data)'}: ${p.message}`).join('\n'),
  );
}
