/**
 * Loads the data tools (`./tools.ts`) on demand: a dynamic `import()`, which in the drop-in
 * bundle fetches `news-timeline.data-tools.<hash>.js` from the bundle's own folder (rollup's
 * code-splitting resolves it against `import.meta.url`).
 */

/** The data tools: reading, detecting and validating data (see `./tools.ts`). */
export type DataTools = typeof import('./tools.js');

/**
 * What to say when the data tools could not be loaded: which file is missing, and where it
 * belongs. For the page's author (the error box, `nt-error`).
 */
export const DATA_TOOLS_MISSING =
  'The part of news-timeline that reads data could not be loaded: the file ' +
  'news-timeline.data-tools.<hash>.js, published beside news-timeline.bundle.js. Copy every ' +
  'news-timeline.*.js file together.';

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
