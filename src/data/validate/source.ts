/**
 * Sources: who published what, where and when. A source needs a publisher (or an address to
 * name it after); an unsafe address is removed and the source kept as text.
 */
import type { ProblemSink } from '../problems.js';
import type { TimelineSource } from '../types.js';
import { checkDate } from './dates.js';
import { MAX_ITEMS, MAX_LENGTHS } from './limits.js';
import { isBlank, quote } from './strings.js';
import { optionalText, requiredText } from './text.js';
import {
  absent,
  isArray,
  isRecord,
  items,
  join,
  readFields,
  show,
  UNREADABLE,
} from './untrusted.js';
import { urlProblem } from './urls.js';

const SOURCE_FIELDS = ['publisher', 'title', 'url', 'published'] as const;

/**
 * What an event or a track without sources gets: `warn` (one warning each, the default), or
 * `allow` (nothing: data imported from a format that has no sources, whose importer says once
 * how many are without).
 */
export type MissingSources = 'warn' | 'allow';

/**
 * The sources of an event or a track (`owner`); a missing or empty list is a warning, unless
 * `missing` is `allow`.
 */
export function checkSources(
  p: ProblemSink,
  value: unknown,
  path: string,
  owner: 'event' | 'track',
  missing: MissingSources = 'warn',
): TimelineSource[] {
  if (value === UNREADABLE) return [];
  if (absent(value) || (isArray(value) && value.length === 0)) {
    if (missing === 'warn') {
      p.warn(path, `The ${owner} has no sources. Cite at least one: where do the facts come from?`);
    }
    return [];
  }
  if (!isArray(value)) {
    p.error(
      path,
      `"sources" must be a list of { "publisher", "title", "url" } objects, not ${show(value)}. ` +
        `The ${owner} is shown without sources.`,
    );
    return [];
  }
  const out: TimelineSource[] = [];
  items(p, value, path, MAX_ITEMS.sources, 'sources').forEach((source, i) => {
    const checked = checkSource(p, source, `${path}[${i}]`);
    if (checked) out.push(checked);
  });
  return out;
}

/** One source; `null` (reported) when it has neither a publisher nor an address. */
function checkSource(p: ProblemSink, value: unknown, path: string): TimelineSource | null {
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each source must be an object with a publisher, not ${show(value)}. It was left out.`,
    );
    return null;
  }
  const f = readFields(p, value, path, SOURCE_FIELDS);
  const title = optionalText(p, f.get('title'), join(path, 'title'), {
    name: 'source title',
    max: MAX_LENGTHS.text,
    dropped: 'It was left out.',
  });
  const url = checkSourceUrl(p, f.get('url'), join(path, 'url'));
  const publishedValue = f.get('published');
  const published = absent(publishedValue)
    ? undefined
    : (checkDate(p, publishedValue, join(path, 'published'), {
        name: 'publication date',
        precisionName: '',
        dropped: 'It was left out.',
      }) ?? undefined);

  const host = url && !url.startsWith('mailto:') ? new URL(url).hostname.replace(/^www\./, '') : '';
  const publisher = requiredText(p, f.get('publisher'), join(path, 'publisher'), {
    name: 'publisher',
    max: MAX_LENGTHS.text,
    dropped: host
      ? `${quote(host)}, from the address, was used; name the publisher as readers know it.`
      : 'The source was left out.',
  });
  if (publisher === null && !host) return null;

  const source: TimelineSource = { publisher: publisher ?? host };
  if (title !== undefined && !isBlank(title)) source.title = title;
  else if (title !== undefined)
    p.warn(join(path, 'title'), 'The source title is empty; it was left out.');
  if (url !== undefined) source.url = url;
  if (published !== undefined) source.published = published;
  return source;
}

/** A source's address when it is safe to link; otherwise `undefined` (reported unless absent). */
function checkSourceUrl(p: ProblemSink, value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    const problem = urlProblem(value);
    if (problem === null) return value;
    p.error(path, `${quote(value)} ${problem}. The link was removed; the source is shown as text.`);
  } else if (!absent(value) && value !== UNREADABLE) {
    p.error(path, `The address must be text, not ${show(value)}. The link was removed.`);
  }
  return undefined;
}
