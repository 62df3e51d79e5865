/**
 * Shared fixtures and assertions for the data tests: a valid source, event and dataset to vary
 * one field at a time, and assertions on the problems a reader reports.
 */
import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/types.js';
import {
  validateDataset,
  type DataProblem,
  type ValidationResult,
} from '../../src/data/validate/index.js';

/** A validator's result, or a list of problems (what `parseCsvEvents` gives). */
export type ProblemsLike = ValidationResult | readonly DataProblem[];

function problemsOf(from: ProblemsLike): readonly DataProblem[] {
  return Array.isArray(from) ? from : (from as ValidationResult).problems;
}

// ---------------------------------------------------------------------------------------------
// Fixed inputs

/** A valid source; `extra` replaces (or, as `undefined`, removes) fields. */
export function source(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    publisher: 'Associated Press',
    title: 'IRS agrees to share data',
    url: 'https://apnews.com/article/irs-ice',
    published: '2025-04-08',
    ...extra,
  };
}

/** A valid event, with one source; `extra` replaces fields. */
export function event(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'agreement-signed',
    date: '2025-04-07',
    precision: 'day',
    title: 'IRS and ICE sign a data-sharing agreement',
    summary: 'The agencies sign a memorandum of understanding.',
    category: 'agreement',
    people: ['Scott Bessent'],
    sources: [source()],
    key: true,
    ...extra,
  };
}

/** A valid dataset, with two categories and one event; `extra` replaces fields. */
export function dataset(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'irs-ice',
    title: 'The IRS, ICE and taxpayer data',
    description: 'How the IRS agreed to share taxpayer addresses with ICE.',
    updated: '2026-06-08',
    categories: [
      { id: 'agreement', label: 'Agreement' },
      { id: 'court', label: 'Court rulings' },
    ],
    events: [event()],
    ...extra,
  };
}

/** A dataset with one event built from `extra`. */
export function withEvent(extra: Record<string, unknown>): ValidationResult {
  return validateDataset(dataset({ events: [event(extra)] }));
}

/** An event with one source built from `extra`. */
export function withSource(extra: Record<string, unknown>): ValidationResult {
  return withEvent({ sources: [source(extra)] });
}

/** The problems at `path`. */
export function at(from: ProblemsLike, path: string): DataProblem[] {
  return problemsOf(from).filter((p) => p.path === path);
}

/** The problems of severity `error`. */
export function errors(result: ValidationResult): DataProblem[] {
  return result.problems.filter((p) => p.severity === 'error');
}

/** Asserts exactly one problem at `path`, of `severity`, whose message contains each of `words`. */
export function expectProblem(
  from: ProblemsLike,
  path: string,
  severity: 'error' | 'warning',
  ...words: string[]
): DataProblem {
  const found = at(from, path);
  expect(found, `problems at ${path}: ${JSON.stringify(problemsOf(from))}`).to.have.length(1);
  expect(found[0].severity).to.equal(severity);
  for (const w of words) expect(found[0].message).to.include(w);
  return found[0];
}

/** The one event of a usable result (asserted). */
export function only(result: ValidationResult): TimelineEvent {
  expect(result.dataset, JSON.stringify(result.problems)).to.not.equal(null);
  expect(result.dataset!.events).to.have.length(1);
  return result.dataset!.events[0];
}
