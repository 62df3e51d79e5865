/**
 * Loads the data tools (`./tools.ts`) on demand: a dynamic `import()`, which in the drop-in
 * bundle fetches `news-timeline.data-tools.<hash>.js` from the bundle's own folder (rollup's
 * code-splitting resolves it against `import.meta.url`).
 */

/** The data tools: reading, detecting and validating data (see `./tools.ts`). */
export type DataTools = typeof import('./tools.js');

let loading: Promise<DataTools> | null = null;
let loaded: DataTools | undefined;

/** The data tools when they have already arrived (another timeline loaded them), else `undefined`. */
export function loadedDataTools(): DataTools | undefined {
  return loaded;
}

/**
 * The data tools, fetched on the first call and shared by every timeline on the page. Rejects
 * when the file could not be loaded (missing beside the bundle, offline); a later call tries
 * again.
 */
export function loadDataTools(): Promise<DataTools> {
  loading ??= import('./tools.js').then(
    (tools) => (loaded = tools),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
