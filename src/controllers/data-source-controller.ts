/**
 * Where an element's data comes from when an author does not set it as a property: a file at an
 * address (`src`), JSON or CSV (ours, or a TimelineJS file, recognised by its shape and
 * imported), or a `<script type="application/json">` (or `text/csv`) inside the element.
 *
 * ```html
 * <news-timeline src="/data/irs-ice.csv"></news-timeline>
 *
 * <news-timeline>
 *   <script type="application/json">{ "title": "…", "events": [ … ] }</script>
 * </news-timeline>
 * ```
 *
 * The controller loads and validates; it renders nothing. What reads and validates is the data
 * tools (`data/tools.ts`), loaded the first time there is data to read (`tools` option). The
 * host reads `state` in `willUpdate()` (it is told of every change through `requestUpdate()`)
 * and calls `setSrc()` there when its `src` changes. It never throws and never logs: what went
 * wrong is in `state`, in plain English.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type DataTools, loadDataTools, loadedDataTools } from '../data/load-tools.js';
import type { DataFormat, ReadResult, TimelineJsImporter } from '../data/read-core.js';
import type { ValidationResult } from '../data/validate/index.js';
import {
  DATA_TOOLS_MISSING,
  IMPORTER_FAILED,
  IMPORTER_FAILED_INLINE,
  mediaType,
  NETWORK_HINT,
  resolveSource,
  statusHint,
  statusLine,
} from './source-messages.js';

export type { DataFormat };
export { LOADABLE_PROTOCOLS } from './source-messages.js';

/** What the controller has, for the host to render. */
export type DataSourceState =
  /** No `src` and no inline script: the host uses its properties (or its bundled data). */
  | { status: 'idle' }
  /**
   * A request for `url` (absolute) is under way, or, without `url`, an inline script waits for
   * the data tools. `retryOf` is the message of the error being retried, when the reader
   * pressed Try again: the host keeps showing it while it tries.
   */
  | { status: 'loading'; url?: string; retryOf?: string }
  /**
   * Data was read and validated. `result.dataset` is `null` when nothing in it is usable (the
   * problems say why: not JSON, no events, …). `url` is the absolute address for `src`.
   * `retried` is true when the data came after a Try again.
   */
  | {
      status: 'ready';
      result: ValidationResult;
      origin: 'src' | 'inline';
      format: DataFormat;
      url?: string;
      retried?: boolean;
    }
  /**
   * Nothing could be read: the address is not allowed, the network failed, the server answered
   * with an error or with a web page. `message` is plain English, for the page's author.
   */
  | { status: 'error'; message: string; url?: string };

/** Options of `DataSourceController`. */
export interface DataSourceOptions {
  /** The `fetch` to use (tests, or a page that routes requests). Default: the global one. */
  fetch?: typeof fetch;
  /**
   * Loads the data tools (`data/tools.ts`) that read and validate what arrives. Default:
   * `loadDataTools` (a dynamic import, shared by the page). The element passes its
   * `OnDemandController`'s loader, so that its `updateComplete` waits for them.
   */
  tools?: () => Promise<DataTools>;
  /**
   * The data tools when they are already here, so that an inline script is read at once.
   * Default: `loadedDataTools` with the default `tools`; none with `tools` of your own.
   */
  loadedTools?: () => DataTools | undefined;
}

/** The media types of an inline script that are read, and as what. */
const INLINE_TYPES: Readonly<Record<string, DataFormat>> = {
  'application/json': 'json',
  'text/csv': 'csv',
};

/** What a request asks for; every value here is CORS-safelisted, so no preflight is needed. */
const ACCEPT = 'application/json, text/csv;q=0.9, */*;q=0.1';

/**
 * Loads timeline data for its host from `src` or from an inline script child, and validates it.
 * A `src` takes precedence over an inline script. An inline script is watched, so that an edit
 * (a CMS preview, a live blog) is picked up.
 *
 * A new `src`, or the host leaving the page, aborts the request under way; a host that comes
 * back loads it again. A response to an aborted or superseded request is never used.
 */
export class DataSourceController implements ReactiveController {
  /** The current state; replaced (never changed in place) on every change. */
  state: DataSourceState = { status: 'idle' };

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly fetchOption: typeof fetch | undefined;
  private readonly toolsOption: () => Promise<DataTools>;
  private readonly loadedOption: () => DataTools | undefined;
  /** The data tools, once they have arrived: an inline script is then read at once. */
  private loaded: DataTools | undefined;
  /** The `src` as given (trimmed), or `null`. */
  private src: string | null = null;
  private connected = false;
  /** The request under way, if any. */
  private request: AbortController | null = null;
  /** Counts loads; a load whose number is no longer current has been superseded. */
  private generation = 0;
  /** The `src` load was aborted (or never started) because the host was not connected. */
  private pending = false;
  private observer: MutationObserver | null = null;
  /** The inline script's format and text when last read, to skip mutations that change neither. */
  private inlineKey: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options?: DataSourceOptions) {
    this.host = host;
    this.fetchOption = options?.fetch;
    this.toolsOption = options?.tools ?? loadDataTools;
    this.loadedOption =
      options?.loadedTools ?? (options?.tools ? () => undefined : loadedDataTools);
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (!this.observer && typeof MutationObserver === 'function') {
      this.observer = new MutationObserver(() => this.inlineChanged());
    }
    // The whole light DOM: the script's text is a child of the script, and a parser that
    // upgrades the element before its children arrive appends them afterwards.
    this.observer?.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['type'],
    });
    if (this.src !== null) {
      if (this.pending) this.load(false);
    } else {
      this.readInline();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    if (this.request) {
      this.cancel();
      this.pending = true;
    }
  }

  /**
   * Sets the address to load (`null`, `undefined` or blank: none, so the inline script or the
   * host's properties are used). Relative addresses resolve against the host's `baseURI`. Aborts
   * the request under way. Setting the address already set does nothing; use `retry()` to load
   * it again.
   */
  setSrc(url: string | null | undefined): void {
    const next = typeof url === 'string' && url.trim() !== '' ? url.trim() : null;
    if (next === this.src) return;
    this.src = next;
    this.cancel();
    this.pending = false;
    if (next === null) {
      this.inlineKey = null;
      this.readInline();
    } else if (this.connected) {
      this.load(false);
    } else {
      // Loaded when the host is connected; until then, say what is coming.
      this.pending = true;
    }
  }

  /**
   * Loads the current source again, bypassing the browser's cache: after an error, or to pick up
   * a file that changed. Does nothing while a request is under way or while the host is not
   * connected.
   */
  retry(): void {
    if (!this.connected || this.request) return;
    if (this.src !== null) {
      this.load(true, this.state.status === 'error' ? this.state.message : undefined);
    } else {
      this.inlineKey = null;
      this.readInline();
    }
  }

  // -------------------------------------------------------------------------------------------

  /** The data tools, loading them the first time (see `DataSourceOptions.tools`). */
  private tools(): Promise<DataTools> {
    return this.toolsOption().then((tools) => (this.loaded = tools));
  }

  private setState(state: DataSourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** Aborts the request under way, if any, and makes any late answer to it stale. */
  private cancel(): void {
    this.generation++;
    const request = this.request;
    this.request = null;
    request?.abort();
  }

  /**
   * Starts loading `src`. Synchronous up to the request, so a bad address fails at once.
   * `retryOf` is the error message being retried, if any.
   */
  private load(reload: boolean, retryOf?: string): void {
    const src = this.src;
    if (src === null) return;
    this.cancel();
    this.pending = false;
    const generation = this.generation;
    const target = resolveSource(src, this.host.baseURI);
    if (typeof target === 'string') {
      this.setState({ status: 'error', message: target });
      return;
    }
    const url = target.href;
    const request = new AbortController();
    this.request = request;
    this.setState(
      retryOf === undefined ? { status: 'loading', url } : { status: 'loading', url, retryOf },
    );
    const current = () => generation === this.generation && !request.signal.aborted;
    // The tools load while the file does; a failure is handled when the file has arrived.
    const tools = this.tools();
    tools.catch(() => undefined);
    this.fetchAndRead(
      url,
      request.signal,
      { reload, retried: retryOf !== undefined, tools },
      current,
    ).catch(() => {
      // Nothing in there is expected to throw; if something does, say so rather than hang.
      if (current()) this.fail(url, 'something went wrong while reading it. Try again.');
    });
  }

  private async fetchAndRead(
    url: string,
    signal: AbortSignal,
    { reload, retried, tools }: { reload: boolean; retried: boolean; tools: Promise<DataTools> },
    current: () => boolean,
  ): Promise<void> {
    let response: Response;
    try {
      const init: RequestInit = {
        signal,
        headers: { Accept: ACCEPT },
        cache: reload ? 'no-cache' : 'default',
      };
      response = await (this.fetchOption ? this.fetchOption(url, init) : fetch(url, init));
    } catch {
      // An abort lands here too: it was superseded, and says nothing.
      if (current()) this.fail(url, `the request failed. ${NETWORK_HINT}`);
      return;
    }
    if (!current()) return;
    if (!response.ok) {
      this.fail(url, `the server answered ${statusLine(response)}.${statusHint(response.status)}`);
      return;
    }
    let bytes: ArrayBuffer;
    try {
      // Bytes, not text(): a file that is not UTF-8 (Excel's Windows-1252 CSV) is decoded as
      // what it is, with a warning, rather than with "�" in place of its letters.
      bytes = await response.arrayBuffer();
    } catch {
      if (current()) this.fail(url, 'the response could not be read. Try again.');
      return;
    }
    if (!current()) return;
    let loaded: DataTools;
    try {
      loaded = await tools;
    } catch {
      // Not the file's fault: the message names the part that is missing, not the file.
      if (current()) {
        this.request = null;
        this.setState({ status: 'error', message: DATA_TOOLS_MISSING, url });
      }
      return;
    }
    if (!current()) return;
    this.request = null;
    await this.readResponse(url, response, bytes, loaded, { retried, current });
  }

  /**
   * Decodes and reads a file that arrived with the data tools: the reading step (loading the
   * TimelineJS importer first when the file may need it), unless it is a web page.
   */
  private async readResponse(
    url: string,
    response: Response,
    bytes: ArrayBuffer,
    tools: DataTools,
    { retried, current }: { retried: boolean; current: () => boolean },
  ): Promise<void> {
    const { text, problems } = tools.decodeText(bytes);
    const type = mediaType(response.headers.get('content-type'));
    if (/html|xml/.test(type) && !/json|csv/.test(type) && !/^\s*[[{]/.test(text)) {
      this.fail(
        url,
        `the server sent a web page (${type}), not JSON or CSV data. Check the address.`,
      );
      return;
    }
    const format = tools.formatOf(text, type, new URL(response.url || url).pathname);
    let result: ReadResult;
    try {
      result = await read(tools, text, format, problems);
    } catch {
      if (current()) this.fail(url, IMPORTER_FAILED);
      return;
    }
    if (!current()) return;
    const ready = { status: 'ready', result, origin: 'src', format, url } as const;
    this.setState(retried ? { ...ready, retried } : ready);
  }

  private fail(url: string, reason: string): void {
    this.request = null;
    this.setState({ status: 'error', message: `Could not load ${url}: ${reason}`, url });
  }

  private inlineChanged(): void {
    if (this.src === null && this.connected) this.readInline();
  }

  /** Reads the first inline data script, or goes idle when there is none. */
  private readInline(): void {
    let script: HTMLScriptElement | null = null;
    let format: DataFormat | undefined;
    for (const child of Array.from(this.host.children)) {
      if (child instanceof HTMLScriptElement) {
        format = INLINE_TYPES[mediaType(child.type)];
        if (format) {
          script = child;
          break;
        }
      }
    }
    if (!script || !format) {
      if (this.inlineKey !== null || this.state.status !== 'idle') {
        this.inlineKey = null;
        this.setState({ status: 'idle' });
      }
      return;
    }
    const text = script.textContent ?? '';
    const key = `${format}\n${text}`;
    if (key === this.inlineKey && this.state.status === 'ready') return;
    this.inlineKey = key;
    const still = () => this.src === null && this.inlineKey === key;
    const tools = (this.loaded ??= this.loadedOption());
    if (!tools) {
      // Read once the data tools have arrived, if the script is still the same.
      this.setState({ status: 'loading' });
      this.tools().then(
        () => {
          if (!still()) return;
          this.inlineKey = null;
          this.readInline();
        },
        () => still() && this.setState({ status: 'error', message: DATA_TOOLS_MISSING }),
      );
      return;
    }
    const ready = (result: ReadResult) =>
      this.setState({ status: 'ready', result, origin: 'inline', format });
    if (!tools.mayBeTimelineJs(text, format)) {
      ready(tools.readTextWith(undefined, text, format));
      return;
    }
    // A TimelineJS script: read once the importer has arrived, if the script is still the same.
    read(tools, text, format).then(
      (result) => still() && ready(result),
      () => still() && this.setState({ status: 'error', message: IMPORTER_FAILED_INLINE }),
    );
  }
}

// ---------------------------------------------------------------------------------------------

/** The TimelineJS importer, loading or loaded: fetched the first time a TimelineJS file comes. */
let importer: Promise<TimelineJsImporter> | null = null;

/**
 * Reads text through the reading step, loading the TimelineJS importer first when the text may
 * be a TimelineJS file (`mayBeTimelineJs`); rejects only when the importer could not be loaded
 * (then a later file tries again).
 */
async function read(
  tools: DataTools,
  text: string,
  format: DataFormat,
  before: ReadResult['problems'] = [],
): Promise<ReadResult> {
  const { mayBeTimelineJs, readTextWith } = tools;
  if (!mayBeTimelineJs(text, format)) return readTextWith(undefined, text, format, {}, before);
  importer ??= import('../data/import/timelinejs.js');
  let timelineJs: TimelineJsImporter;
  try {
    timelineJs = await importer;
  } catch (e) {
    importer = null;
    throw e;
  }
  return readTextWith(timelineJs, text, format, {}, before);
}
