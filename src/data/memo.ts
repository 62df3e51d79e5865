/**
 * `memo(f)`: `f` that keeps its last answer while it is called with the same arguments (by
 * identity), so that a derivation run on every update is computed once per change. Pure.
 */
export function memo<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((a, i) => a !== last!.args[i])) {
      last = { args, result: f(...args) };
    }
    return last.result;
  };
}
