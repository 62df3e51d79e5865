// From samples to the medians the tables and the targets use.
import { median, summary } from './stats.mjs';

/** The numbers of a cold sample that are summarised. */
const COLD_KEYS = Object.freeze([
  'cold',
  'coldFirstPaint',
  'loaded',
  'render',
  'renderFirstPaint',
  'longTask',
  'heap',
  'memory',
  'domMemory',
  'nodes',
  'updates',
  'items',
]);

/**
 * Per contender: a summary of each number over the samples that succeeded, and how many failed.
 * @param {Record<string, import('./cold.mjs').ColdSample[]>} samples
 */
export function summariseCold(samples) {
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => {
      const ok = list.filter((s) => s.ok);
      const figures = Object.fromEntries(
        COLD_KEYS.map((k) => [k, summary(ok.map((s) => /** @type {any} */ (s)[k]))]),
      );
      return [name, { ...figures, failed: list.length - ok.length }];
    }),
  );
}

/**
 * Per layout and change: a summary of the times (ms).
 * @param {Record<string, any>} results from updateRuns
 */
export function summariseUpdates(results) {
  return Object.fromEntries(
    Object.entries(results).map(([layout, changes]) => [
      layout,
      Object.fromEntries(
        Object.entries(changes)
          .filter(([name]) => name !== 'problems')
          .map(([name, list]) => [name, summary(list.map((s) => s.ms))]),
      ),
    ]),
  );
}

/**
 * Per layout and change: the median number of Lit updates (element and drawing) it caused.
 * @param {Record<string, any>} results from updateRuns
 */
export function updateCounts(results) {
  return Object.fromEntries(
    Object.entries(results).map(([layout, changes]) => [
      layout,
      Object.fromEntries(
        Object.entries(changes)
          .filter(([name]) => name !== 'problems')
          .map(([name, list]) => [name, median(list.map((s) => s.renders.length))]),
      ),
    ]),
  );
}

/**
 * Every problem of the run, one line each, with where it happened.
 * @param {any} results
 * @returns {string[]}
 */
export function allProblems(results) {
  const lines = [];
  for (const [size, { samples }] of Object.entries(results.cold ?? {})) {
    for (const [name, list] of Object.entries(/** @type {Record<string, any[]>} */ (samples))) {
      list.forEach((s, run) => {
        for (const p of s.problems ?? []) lines.push(`cold ${size} ${name} run ${run + 1}: ${p}`);
      });
    }
  }
  for (const [page, list] of Object.entries(results.article ?? {})) {
    list.forEach((s, run) => {
      for (const p of s.problems ?? []) lines.push(`article ${page} run ${run + 1}: ${p}`);
    });
  }
  for (const [layout, problems] of Object.entries(results.updates?.problems ?? {})) {
    for (const p of problems) lines.push(`updates ${layout}: ${p}`);
  }
  return lines;
}
