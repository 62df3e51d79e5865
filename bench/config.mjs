// What a bench run does, from environment variables, so that a quick run is one line:
//   BENCH_RUNS=3 BENCH_SIZES=20,1000 BENCH_ONLY=list,static npm run bench
import { cpus } from 'node:os';

/** Event counts of a full run. */
export const DEFAULT_SIZES = Object.freeze([20, 1000, 10000]);

/** The parts of a run, in the order they run. */
export const PARTS = Object.freeze(['sizes', 'article', 'cls', 'cold', 'updates']);

/**
 * Runs per size in a full run: more where a render is short and noisy, at least 5 at 10,000.
 * @param {number} size
 */
export function defaultRuns(size) {
  if (size <= 100) return 15;
  if (size <= 2000) return 9;
  return 5;
}

/**
 * A comma-separated list from the environment, trimmed, without empty items.
 * @param {string | undefined} value
 */
const list = (value) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A positive integer from the environment, or `fallback`.
 * @param {string | undefined} value
 * @param {string} name
 * @param {number | null} fallback
 */
function count(value, name, fallback) {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
}

/**
 * @typedef {object} BenchConfig
 * @property {number[]} sizes event counts (BENCH_SIZES)
 * @property {(size: number) => number} runs cold runs at a size (BENCH_RUNS, else defaultRuns)
 * @property {number} updateRuns repetitions of each update at 10,000 (BENCH_UPDATE_RUNS)
 * @property {number} articleRuns runs of each article page (BENCH_ARTICLE_RUNS)
 * @property {string[]} only contenders (BENCH_ONLY; empty: all)
 * @property {string[]} parts parts of the run (BENCH_PARTS; default all)
 * @property {number} updateSize events for the updates and the heap target (BENCH_UPDATE_SIZE)
 * @property {boolean} waitQuiet wait for a quiet machine before starting (BENCH_QUIET=1)
 * @property {number} pauseMs pause after each closed context, to let the browser tidy up
 */

/**
 * Reads the run's options.
 * @param {NodeJS.ProcessEnv} env
 * @returns {BenchConfig}
 */
export function readConfig(env = process.env) {
  const sizes = list(env.BENCH_SIZES).map((s) => count(s, 'BENCH_SIZES', 0) ?? 0);
  const runs = count(env.BENCH_RUNS, 'BENCH_RUNS', null);
  const parts = list(env.BENCH_PARTS);
  const unknown = parts.filter((p) => !PARTS.includes(p));
  if (unknown.length) throw new Error(`BENCH_PARTS: unknown ${unknown} (of ${PARTS.join(', ')})`);
  return {
    sizes: sizes.length ? sizes : [...DEFAULT_SIZES],
    runs: (size) => runs ?? defaultRuns(size),
    updateRuns: count(env.BENCH_UPDATE_RUNS, 'BENCH_UPDATE_RUNS', null) ?? runs ?? 5,
    articleRuns: count(env.BENCH_ARTICLE_RUNS, 'BENCH_ARTICLE_RUNS', null) ?? runs ?? 5,
    only: list(env.BENCH_ONLY),
    parts: parts.length ? parts : [...PARTS],
    updateSize: count(env.BENCH_UPDATE_SIZE, 'BENCH_UPDATE_SIZE', 10000) ?? 10000,
    waitQuiet: env.BENCH_QUIET === '1',
    pauseMs: count(env.BENCH_PAUSE_MS, 'BENCH_PAUSE_MS', null) ?? 250,
  };
}

/** The machine, as the JSON records it: a re-run on a quiet machine can be compared. */
export function machine() {
  const cores = cpus();
  return { cpus: cores.length, model: cores[0]?.model ?? 'unknown', node: process.version };
}
