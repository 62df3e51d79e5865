/**
 * Problems found in timeline data, and the one collector every reader reports them to: the
 * validator, the CSV reader and the text decoder. One collector means one shape for a problem,
 * one cap on how many are listed, and one place that counts them.
 */

/** One thing wrong (or worth a look) in timeline data. */
export interface DataProblem {
  /**
   * Where: `title`, `events[3].date`, `events[3].sources[0].url`, or `row 4, column "Date"` for
   * a CSV sheet; indexes are those of the input. The empty string means the data as a whole.
   */
  path: string;
  /** What is wrong and what was done about it, in plain English. */
  message: string;
  /** `error`: the data breaks a rule and something was left out or cut short. */
  severity: 'error' | 'warning';
}

/** At most this many problems are listed; one more entry says how many were not. */
export const MAX_PROBLEMS = 1000;

/** Where a checker reports what it finds. */
export interface ProblemSink {
  /** The data breaks a rule: something was left out, cut short or replaced. */
  error(path: string, message: string): void;
  /** Usable as written, but worth a look. */
  warn(path: string, message: string): void;
}

/**
 * Collects problems in the order they are found, listing at most `MAX_PROBLEMS`; `finish()`
 * returns the list, with one more entry saying how many were not listed.
 */
export class Problems implements ProblemSink {
  private readonly list: DataProblem[] = [];
  private unlisted = 0;
  private unlistedErrors = false;

  error(path: string, message: string): void {
    this.add({ path, message, severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.add({ path, message, severity: 'warning' });
  }

  /** Adds a problem as it is (a copy of it). */
  add(problem: DataProblem): void {
    if (this.list.length < MAX_PROBLEMS) {
      this.list.push({ path: problem.path, message: problem.message, severity: problem.severity });
    } else {
      this.unlisted++;
      if (problem.severity === 'error') this.unlistedErrors = true;
    }
  }

  /**
   * A sink that reports into this collector with each path rewritten first: how the CSV reader
   * turns the validator's `events[2].date` into `row 4, column "Date"`.
   */
  mapped(mapPath: (path: string) => string): ProblemSink {
    return {
      error: (path, message) => this.error(mapPath(path), message),
      warn: (path, message) => this.warn(mapPath(path), message),
    };
  }

  /** The problems so far (a fresh list), plus a last entry counting those not listed. */
  finish(): DataProblem[] {
    const out = this.list.map((p) => ({ ...p }));
    if (this.unlisted > 0) {
      const n = this.unlisted;
      out.push({
        path: '',
        message: `${n} more ${n === 1 ? 'problem was' : 'problems were'} not listed.`,
        severity: this.unlistedErrors ? 'error' : 'warning',
      });
    }
    return out;
  }
}
