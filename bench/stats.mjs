// Small statistics for the bench's samples. Medians, because a busy machine adds outliers on one
// side only.

/**
 * The median of the finite numbers in `values` (the mean of the middle two for an even count),
 * or `null` when there are none.
 * @param {readonly (number | null | undefined)[]} values
 * @returns {number | null}
 */
export function median(values) {
  const xs = values
    .filter((x) => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * Median, smallest and largest of the finite numbers in `values`, and how many there were.
 * @param {readonly (number | null | undefined)[]} values
 */
export function summary(values) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return {
    median: median(xs),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
    n: xs.length,
  };
}

/**
 * `list` rotated left by `by`: run `r` starts with a different contender, so that no contender
 * always runs just after the same one (a browser still tearing down the last context).
 * @template T
 * @param {readonly T[]} list
 * @param {number} by
 * @returns {T[]}
 */
export function rotate(list, by) {
  const k = list.length ? by % list.length : 0;
  return [...list.slice(k), ...list.slice(0, k)];
}
