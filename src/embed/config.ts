/**
 * How the iframe page (`dist/embed.html`) reads its address: every attribute of
 * `<news-timeline>` from the query string (`?layout=horizontal&theme=dark&filters`), `src`
 * checked against the page's allow-list, and what the hosts that size the frame pass (Pym.js's
 * `childId`, WordPress's `#?secret=`). Pure; no DOM.
 */

/**
 * The attributes of `<news-timeline>` that the query string may set, and no others: a parameter
 * such as `onclick` never becomes an attribute. `test/embed-page.test.ts` checks this list
 * against the element's `observedAttributes`.
 */
export const EMBED_ATTRIBUTES: readonly string[] = Object.freeze([
  'heading',
  'categories',
  'from',
  'to',
  'order',
  'key-only',
  'locale',
  'theme',
  'src',
  'selected',
  'layout',
  'gaps',
  'lanes',
  'filters',
  'permalinks',
]);

/** The boolean attributes among them: present (`?filters`, `=true`, `=1`, `=yes`) or absent. */
export const BOOLEAN_ATTRIBUTES: readonly string[] = Object.freeze([
  'key-only',
  'filters',
  'permalinks',
]);

/** The name of the `<meta>` whose `content` lists the other origins `src` may point to. */
export const ALLOWED_ORIGINS_META = 'news-timeline-allowed-origins';

/** A `src` the page refused, and why, in words for the page's author. */
export interface RefusedSource {
  /** The address as given. */
  src: string;
  /** Its origin (`https://data.example.org`), or `null` when it has none (`data:`, `javascript:`). */
  origin: string | null;
}

/** What the page does with its address. */
export interface EmbedConfig {
  /**
   * The attributes to set on the element, in `EMBED_ATTRIBUTES` order: `[name, value]`, the
   * value `''` for a boolean that is on, `null` for one that is off (to remove). `src` is here
   * only when it is allowed.
   */
  attributes: [string, string | null][];
  /** The `src` that was refused, if any. */
  refused: RefusedSource | null;
  /** Pym.js's `childId` query parameter: the id to put in its messages; `null` without Pym. */
  childId: string | null;
  /** WordPress's `#?secret=…`: the secret to put in its height messages; `null` without it. */
  secret: string | null;
}

/**
 * Reads a `<meta name="news-timeline-allowed-origins">`'s `content`: origins separated by
 * spaces or commas (`https://data.example.org https://cdn.example.net`). Each is reduced to its
 * origin (a path after it is ignored); entries that are not `https:` or `http:` addresses, and
 * wildcards, are dropped. Returns distinct origins in the order given.
 */
export function parseAllowedOrigins(content: string | null | undefined): string[] {
  const origins = new Set<string>();
  for (const entry of (content ?? '').split(/[\s,]+/)) {
    if (!entry || entry.includes('*')) continue;
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // Not an address: ignored, like an unknown parameter.
    }
  }
  return [...origins];
}

/**
 * The origin `src` resolves to against `pageUrl`, when it may be loaded: the page's own origin,
 * or one of `allowed`; `null` for anything else (another origin, `data:`, `javascript:`, an
 * address that does not parse).
 */
export function allowedSource(
  src: string,
  pageUrl: string,
  allowed: readonly string[],
): string | null {
  let url: URL;
  try {
    url = new URL(src, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // The page's origin from its address, not `self.origin`: a sandboxed frame's is "null".
  const own = new URL(pageUrl).origin;
  return url.origin === own || allowed.includes(url.origin) ? url.origin : null;
}

/** The origin of an address, or `null` (`data:`, `javascript:`, unparsable). */
function originOf(src: string, pageUrl: string): string | null {
  try {
    const { origin } = new URL(src, pageUrl);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** A boolean parameter: on unless it says `false`, `0`, `no` or `off`. */
function booleanValue(value: string): string | null {
  return /^(?:false|0|no|off)$/i.test(value.trim()) ? null : '';
}

/**
 * What the page at `pageUrl` shows and tells its host. Parameters that are not attributes of
 * the element are ignored (Pym.js adds `initialWidth`, `childId`, `parentTitle`, `parentUrl`);
 * a parameter given twice counts once, as first given.
 */
export function readEmbedConfig(pageUrl: string, allowedOrigins: readonly string[]): EmbedConfig {
  const url = new URL(pageUrl);
  const query = url.searchParams;
  const attributes: [string, string | null][] = [];
  let refused: RefusedSource | null = null;
  for (const name of EMBED_ATTRIBUTES) {
    const value = query.get(name);
    if (value === null) continue;
    if (BOOLEAN_ATTRIBUTES.includes(name)) {
      attributes.push([name, booleanValue(value)]);
    } else if (name !== 'src' || value.trim() === '') {
      attributes.push([name, value]);
    } else if (allowedSource(value, pageUrl, allowedOrigins)) {
      attributes.push([name, value.trim()]);
    } else {
      refused = { src: value, origin: originOf(value, pageUrl) };
    }
  }
  const childId = query.get('childId');
  const secret = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(url.hash)?.[1] ?? null;
  return { attributes, refused, childId: childId || null, secret };
}
