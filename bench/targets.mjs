// Issue 13's targets, checked against one run's medians. Reported, never enforced: the bench
// exits non-zero only when a measurement failed, not when a target is missed.

/** The phone list page's JavaScript budget, gzip. */
export const BUDGET_GZIP = 24 * 1024;

/** First render of the list against static HTML: the largest ratio allowed, by event count. */
export const LIST_RATIO = Object.freeze({ 20: 2, 1000: 1.2, 10000: 1 });

/** Filter and select updates at 10,000 events: the slowest allowed, ms. */
export const UPDATE_MS = 50;

/** Heap at 10,000 events against static HTML: the largest ratio allowed. */
export const HEAP_RATIO = 2;

/**
 * @typedef {object} TargetRow
 * @property {string} what
 * @property {string} measured
 * @property {string} target
 * @property {boolean | null} met `null` when it could not be measured in this run
 */

const x = (/** @type {number} */ r) => `${r.toFixed(2)}×`;
const ms = (/** @type {number} */ v) => `${v.toFixed(v < 100 ? 1 : 0)} ms`;
const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;

/**
 * `a / b` of two medians, or `null` when either is missing.
 * @param {number | null | undefined} a
 * @param {number | null | undefined} b
 */
const ratio = (a, b) => (a != null && b ? a / b : null);

/**
 * A row, or a "not measured" row when `value` is null.
 * @param {string} what
 * @param {number | null} value
 * @param {string} target
 * @param {(v: number) => boolean} ok
 * @param {(v: number) => string} show
 * @param {string} [note]
 * @returns {TargetRow}
 */
function row(what, value, target, ok, show, note = '') {
  if (value == null) return { what, measured: 'not measured', target, met: null };
  return { what, measured: show(value) + (note ? ` (${note})` : ''), target, met: ok(value) };
}

/**
 * Every target row for a run's results (see run.mjs for their shape).
 * @param {any} results
 * @returns {TargetRow[]}
 */
export function checkTargets(results) {
  const rows = [];
  for (const [size, limit] of Object.entries(LIST_RATIO)) {
    const s = results.cold?.[size]?.summary;
    const cold = ratio(s?.list?.cold.median, s?.static?.cold.median);
    const loaded = ratio(s?.list?.render.median, s?.static?.render.median);
    const note = loaded == null ? '' : `module already loaded: ${x(loaded)}`;
    rows.push(
      row(
        `list first render, ${Number(size).toLocaleString('en-US')} events, ÷ static`,
        cold,
        `≤ ${limit}×`,
        (v) => v <= limit,
        x,
        note,
      ),
    );
  }
  for (const size of Object.keys(results.cold ?? {})) {
    const s = results.cold[size].summary;
    const cold = ratio(s?.drawing?.cold.median, s?.vis?.cold.median);
    const loaded = ratio(s?.drawing?.render.median, s?.vis?.render.median);
    const note = loaded == null ? '' : `module already loaded: ${x(loaded)}`;
    rows.push(
      row(
        `drawing first render, ${Number(size).toLocaleString('en-US')} events, ÷ vis-timeline`,
        cold,
        '< 1× (faster)',
        (v) => v < 1,
        x,
        note,
      ),
    );
  }
  rows.push(...updateRows(results.updates));
  rows.push(...heapRows(results));
  const phone = results.article?.['phone list']?.find((s) => s.ok);
  const js = phone ? phone.scripts.reduce((sum, s) => sum + s.gzip, 0) : null;
  rows.push(
    row(
      'JavaScript fetched, phone list page (gzip)',
      js,
      `≤ ${kb(BUDGET_GZIP)}`,
      (v) => v <= BUDGET_GZIP,
      kb,
    ),
  );
  return rows;
}

/**
 * Filter and select rows: per layout, the slowest median of each kind of change.
 * @param {any} updates
 * @returns {TargetRow[]}
 */
function updateRows(updates) {
  if (!updates) return [];
  const size = Number(updates.size).toLocaleString('en-US');
  const rows = [];
  for (const [layout, summary] of Object.entries(updates.summary ?? {})) {
    for (const kind of ['filter', 'select']) {
      const changes = Object.entries(/** @type {Record<string, any>} */ (summary)).filter(
        ([name]) => (kind === 'filter' ? name.startsWith('filter') : !name.startsWith('filter')),
      );
      const slowest = changes.reduce(
        (a, b) => ((b[1].median ?? -1) > (a?.[1].median ?? -1) ? b : a),
        null,
      );
      const value = slowest?.[1].median ?? null;
      rows.push(
        row(
          `${kind} update, ${size} events, ${layout} (slowest change)`,
          value,
          `< ${UPDATE_MS} ms`,
          (v) => v < UPDATE_MS,
          ms,
          slowest?.[0],
        ),
      );
    }
  }
  return rows;
}

/**
 * Heap rows at the updates' size: JS heap after GC (as the issue measured) and JS + DOM memory.
 * @param {any} results
 * @returns {TargetRow[]}
 */
function heapRows(results) {
  const size = results.config?.updateSize ?? 10000;
  const s = results.cold?.[size]?.summary;
  const label = Number(size).toLocaleString('en-US');
  const rows = [];
  for (const who of ['list', 'drawing']) {
    const heap = ratio(s?.[who]?.heap.median, s?.static?.heap.median);
    rows.push(
      row(
        `JS heap after GC, ${label} events, ${who} ÷ static`,
        heap,
        `≤ ${HEAP_RATIO}×`,
        (v) => v <= HEAP_RATIO,
        x,
      ),
    );
    const memory = ratio(s?.[who]?.memory.median, s?.static?.memory.median);
    rows.push(
      row(
        `JS + DOM memory, ${label} events, ${who} ÷ static`,
        memory,
        `≤ ${HEAP_RATIO}×`,
        (v) => v <= HEAP_RATIO,
        x,
      ),
    );
  }
  return rows;
}
