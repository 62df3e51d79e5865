/**
 * Which data `<news-timeline>` shows, and in what state: the precedence of its sources (the
 * `data` property, the `events` property, `src` or an inline script, the default dataset), each
 * validated, with the loading state owned by the data-source controller. Pure; no DOM.
 *
 * The validator is one of the data tools, loaded on demand: data given as a property is
 * validated once they are in (`tools`), and is `loading` until then.
 */
import type { DataSourceState } from '../../controllers/data-source-controller.js';
import type { PartState } from '../../controllers/on-demand-controller.js';
import type { DataTools } from '../../data/load-tools.js';
import { DATA_TOOLS_MISSING } from '../../controllers/source-messages.js';
import { sortEvents } from '../../data/dates.js';
import { localizeDataset } from '../../data/translate.js';
import type { TimelineDataset, TimelineEvent, TimelineTranslation } from '../../data/types.js';
import { resolveMediaUrl } from '../../data/validate/urls.js';
import type { DataProblem, ValidationResult } from '../../data/validate/index.js';

/** Where the data may come from, in order of precedence. */
export interface DataInput {
  /** The `data` property. */
  data: TimelineDataset | undefined;
  /** The `events` property. */
  events: TimelineEvent[] | undefined;
  /** What the data-source controller has from `src` or an inline script. */
  source: DataSourceState;
  /** The dataset shown when nothing else is given (the drop-in bundle's story), if any. */
  fallback: TimelineDataset | undefined;
  /**
   * The page's address (`baseURI`): images at relative addresses in data given as a property
   * or inline resolve against it; those in a file loaded by `src`, against the file's address.
   */
  base: string;
  /**
   * The data tools, as loading (`OnDemandController.need`), when `data` or `events` is given:
   * they validate it.
   */
  tools?: PartState<DataTools>;
}

/** The data to render. */
export interface ResolvedData {
  /**
   * - `ready`: `dataset` is shown (or `null` when nothing in the data is usable: the error box
   *   lists `problems`);
   * - `loading`: `src` is loading, or the data tools that read it;
   * - `error`: `src` or the data tools could not be loaded (`message` says why);
   * - `retrying`: the reader pressed Try again after `message`, and the answer is not in yet.
   */
  status: 'ready' | 'loading' | 'error' | 'retrying';
  dataset: TimelineDataset | null;
  /** The dataset's events in date order (stable). */
  events: TimelineEvent[];
  problems: DataProblem[];
  /** How many of the given events were left out because they could not be used. */
  leftOut: number;
  /** Why `src` could not be loaded (with `error` and `retrying`). */
  message?: string;
  /** The data arrived after the reader pressed Try again. */
  retried: boolean;
}

/**
 * The data to render, from the first source present: `data`, `events`, the controller's source
 * (loading, loaded or failed), the fallback, else no events (the ES modules' element before its
 * app gives it data). The fallback is not validated: it is the bundled story, checked by its own
 * tests.
 */
export function resolveData(input: DataInput): ResolvedData {
  const { data, events, source, fallback, base } = input;
  if (data !== undefined || events !== undefined) return validated(input);
  switch (source.status) {
    case 'ready':
      return { ...ready(source.result, source.url ?? base), retried: !!source.retried };
    case 'loading':
      return source.retryOf === undefined
        ? empty('loading', [])
        : { ...empty('retrying', []), message: source.retryOf };
    case 'error':
      return {
        // `src`, or the inline script (no address).
        ...empty('error', [
          {
            path: source.url === undefined ? '' : 'src',
            message: source.message,
            severity: 'error',
          },
        ]),
        message: source.message,
      };
    default:
      // No data yet (an app sets it later): an empty timeline, not an error.
      return ready({ dataset: fallback ?? NO_DATA, problems: [], leftOut: 0 }, base);
  }
}

/** What is shown when no data was given and there is no default: no events, no words. */
const NO_DATA: TimelineDataset = Object.freeze({
  id: 'timeline',
  title: '',
  description: '',
  updated: '',
  categories: [],
  events: [],
});

/**
 * Returns a `resolveData` that keeps its last answer while its inputs are the same objects, so
 * that data is validated and sorted once per change, not once per render.
 */
export function dataResolver(): (input: DataInput) => ResolvedData {
  let last: { input: DataInput; result: ResolvedData } | null = null;
  return (input) => {
    const same =
      last &&
      last.input.data === input.data &&
      last.input.events === input.events &&
      last.input.source === input.source &&
      last.input.fallback === input.fallback &&
      last.input.tools === input.tools &&
      last.input.base === input.base;
    if (!same) last = { input, result: resolveData(input) };
    return last!.result;
  };
}

/** The `data` or `events` property, validated once the data tools are in. */
function validated({ data, events, tools, base }: DataInput): ResolvedData {
  if (tools?.status === 'failed') {
    const message = `${DATA_TOOLS_MISSING} (${tools.message})`;
    return { ...empty('error', [{ path: 'data', message, severity: 'error' }]), message };
  }
  if (tools?.status !== 'ready') return empty('loading', []);
  const { validateDataset, validateEvents } = tools.value;
  return ready(data !== undefined ? validateDataset(data) : validateEvents(events!), base);
}

function ready(result: ValidationResult, base: string): ResolvedData {
  const ds = result.dataset && withImagesResolved(result.dataset, base);
  return {
    status: 'ready',
    dataset: ds,
    events: sortEvents(ds?.events ?? []),
    problems: result.problems,
    leftOut: result.leftOut,
    retried: false,
  };
}

function empty(status: ResolvedData['status'], problems: DataProblem[]): ResolvedData {
  return { status, dataset: null, events: [], problems, leftOut: 0, retried: false };
}

/**
 * The dataset with each image's address resolved against `base` (`resolveMediaUrl`), as a link
 * is; an image whose address does not resolve to one that can be loaded there is left out. The
 * same object when no event has an image.
 */
export function withImagesResolved(dataset: TimelineDataset, base: string): TimelineDataset {
  if (!dataset.events.some((e) => e.media)) return dataset;
  const events = dataset.events.map((e) => {
    if (!e.media) return e;
    const url = resolveMediaUrl(e.media.url, base);
    if (url === null) {
      const rest = { ...e };
      delete rest.media;
      return rest;
    }
    return { ...e, media: { ...e.media, url } };
  });
  return { ...dataset, events };
}

/**
 * The data in the reader's language: its dataset's translation for `locale` (or `translation`,
 * one loaded apart) in place of its words (see `localizeDataset`), the events in the same
 * order. The same object when the dataset has no translation for `locale`.
 */
export function localizedData(
  data: ResolvedData,
  locale: string,
  translation?: TimelineTranslation,
): ResolvedData {
  const { dataset } = data;
  if (!dataset) return data;
  const shown = localizeDataset(dataset, locale, translation);
  if (shown === dataset) return data;
  const byId = new Map(shown.events.map((e) => [e.id, e]));
  return { ...data, dataset: shown, events: data.events.map((e) => byId.get(e.id) ?? e) };
}
