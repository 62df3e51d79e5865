/**
 * What a TimelineJS "Media" value is. TimelineJS embeds some thirty kinds of media, tried in
 * order against the value (`lookupMediaType` in its `src/js/media/MediaType.js`); we show images
 * only. An image address stays an image; an address of a video, a post, a map or a page is kept
 * as a link; embedded markup (`<iframe>`, `<blockquote>`) cannot be carried.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */

/** An image we can show. */
export interface MediaImage {
  kind: 'image';
  /** An absolute `http(s):` address (protocol-relative `//host/…` made `https:`) or a relative one. */
  url: string;
}

/** Media we cannot show but can link to. */
export interface MediaLink {
  kind: 'link';
  url: string;
  /** Whose it is, as readers know it: `YouTube`, `Wikipedia`, else the host name. */
  service: string;
}

/** Media we can neither show nor link to, and why. */
export interface MediaOther {
  kind: 'other';
  reason: string;
}

export type MediaKind = MediaImage | MediaLink | MediaOther;

/** Services TimelineJS embeds, by address, in the order it tries them before images… */
const SERVICES: readonly (readonly [RegExp, string])[] = [
  [/^https?:\/\/(www\.|m\.)?(youtube\.com|youtu\.be)\//i, 'YouTube'],
  [/^https?:\/\/(player\.)?vimeo\.com\//i, 'Vimeo'],
  [/^https?:\/\/(www\.)?(dailymotion\.com|dai\.ly)\//i, 'Dailymotion'],
  [/^https?:\/\/(www\.)?vine\.co\//i, 'Vine'],
  [/^https?:\/\/(www\.)?tiktok\.com\//i, 'TikTok'],
  [/^https?:\/\/(www\.)?bsky\.app\//i, 'Bluesky'],
  [/^https?:\/\/(player\.)?soundcloud\.com\//i, 'SoundCloud'],
  [/^https?:\/\/(www\.|mobile\.)?(twitter|x)\.com\//i, 'X (Twitter)'],
  [/^https?:\/\/[^/]*google\.[^/]+\/maps\b/i, 'Google Maps'],
  [/^https?:\/\/(www\.)?(flickr\.com\/photos|flic\.kr)\//i, 'Flickr'],
  [/^https?:\/\/(www\.)?(instagram\.com|instagr\.am)\//i, 'Instagram'],
  [/^https?:\/\/[^/]*documentcloud\.org\//i, 'DocumentCloud'],
  [/^https?:\/\/commons\.wikimedia\.org\/wiki\//i, 'Wikimedia Commons'],
  [/^https?:\/\/[^/]+\.wikipedia\.org\//i, 'Wikipedia'],
];

/** …and after them. */
const SERVICES_AFTER_IMAGES: readonly (readonly [RegExp, string])[] = [
  [/^https?:\/\/([^/]+\.)?imgur\.com\//i, 'Imgur'],
  [/^https?:\/\/(docs|drive)\.google\.com\//i, 'Google Drive'],
  [/^https?:\/\/[^/]*spotify\.com\//i, 'Spotify'],
  [/^https?:\/\/([^/]+\.)?(wistia\.com|wi\.st)\//i, 'Wistia'],
];

/** The file endings TimelineJS shows as images. */
const IMAGE_PATH = /\.(jpe?g|png|gif|svg|webp)$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The host name without `www.`, or `''` when the address cannot be parsed. */
export function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'https://relative.invalid/').pathname;
  } catch {
    return url.replace(/[?#].*$/, '');
  }
}

function absolute(url: string): MediaKind {
  if (hostName(url) === '') return { kind: 'other', reason: `"${url}" is not a web address` };
  const service = (list: typeof SERVICES): MediaKind | undefined => {
    const found = list.find(([pattern]) => pattern.test(url));
    return found && { kind: 'link', url, service: found[1] };
  };
  const before = service(SERVICES);
  if (before) return before;
  if (IMAGE_PATH.test(pathOf(url))) return { kind: 'image', url };
  return service(SERVICES_AFTER_IMAGES) ?? { kind: 'link', url, service: hostName(url) };
}

/** Tells an image from the other media TimelineJS accepts. */
export function classifyMedia(value: string): MediaKind {
  const url = value.trim();
  if (url.startsWith('<')) {
    return { kind: 'other', reason: 'Embedded markup (such as <iframe> or <blockquote>)' };
  }
  if (url.startsWith('//')) return absolute(`https:${url}`);
  const scheme = SCHEME.exec(url)?.[1].toLowerCase();
  if (scheme === 'http' || scheme === 'https') return absolute(url);
  if (scheme !== undefined) {
    return { kind: 'other', reason: `A "${scheme}:" address` };
  }
  if (IMAGE_PATH.test(pathOf(url))) return { kind: 'image', url };
  return { kind: 'other', reason: `"${url}" is neither an image file nor a web address` };
}
