/**
 * What `DataSourceController` says when data cannot be loaded, and the small rules behind it:
 * which addresses are loaded, the status line of an HTTP error with a hint, the media type of a
 * `Content-Type`. Plain English for the page's author (the error box, `nt-error`). Pure.
 */

/** The address schemes that are loaded; relative addresses resolve to the page's own. */
export const LOADABLE_PROTOCOLS: readonly string[] = Object.freeze(['https:', 'http:']);

/** Which file of the drop-in bundle is missing (`part`: `data-tools`, `timelinejs`), and where. */
const partFile = (part: string) =>
  `the file news-timeline.${part}.<hash>.js, published beside news-timeline.bundle.js. ` +
  'Copy every news-timeline.*.js file together.';

/** The data tools (`data/tools.ts`) could not be loaded. */
export const DATA_TOOLS_MISSING =
  'The part of news-timeline that reads data could not be loaded: ' + partFile('data-tools');

/** A file by `src` is TimelineJS, and its importer could not be loaded (after the address). */
export const IMPORTER_FAILED =
  'it is a TimelineJS file, and the part of news-timeline that reads those could not be ' +
  `loaded: ${partFile('timelinejs')}`;

/** The same for an inline script. */
export const IMPORTER_FAILED_INLINE =
  'This timeline is a TimelineJS file, and the part of news-timeline that reads those could ' +
  `not be loaded: ${partFile('timelinejs')}`;

export const NETWORK_HINT =
  'The server could not be reached, or it does not allow this page to read the file ' +
  '(it must send an Access-Control-Allow-Origin header when it is on another site).';

/** The absolute URL to fetch, or a message saying why the address cannot be loaded. */
export function resolveSource(src: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return `Could not load ${show(src)}: it is not a valid address.`;
  }
  if (!LOADABLE_PROTOCOLS.includes(url.protocol)) {
    return (
      `Could not load ${show(src)}: only https: and http: addresses (or a path on this site) ` +
      'can be loaded.'
    );
  }
  return url;
}

/** An address for a message: quoted, and shortened past 100 characters. */
function show(s: string): string {
  return JSON.stringify(s.length > 100 ? `${s.slice(0, 97)}…` : s);
}

/** `text/csv; charset=utf-8` → `text/csv`. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** `404 Not Found`, with the standard phrase when the server (HTTP/2) sends none. */
export function statusLine(response: Response): string {
  const text = response.statusText || REASONS[response.status] || '';
  return text ? `${response.status} ${text}` : String(response.status);
}

/** What to do about an HTTP error status, as a sentence after the status line (or nothing). */
export function statusHint(status: number): string {
  if (status === 404 || status === 410) return ' Check the address.';
  if (status === 401 || status === 403) return ' The file is not public.';
  if (status >= 500) return ' Try again later.';
  return '';
}
