/**
 * Where TimelineJS content leads, as our sources and images: the links in an event's text
 * become its sources, and its media becomes an image, or a link when it is not an image.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import { hostName, classifyMedia } from './timelinejs-media.js';
import { htmlToLine, type HtmlLink } from './html-text.js';
import type { Slide } from './timelinejs-slide.js';
import type { DataProblem, RawMedia, TimelineSource } from './types.js';

/** Link texts that say nothing about the page. */
const GENERIC = new Set([
  'here',
  'link',
  'this',
  'source',
  'more',
  'read more',
  'click here',
  'website',
  'article',
  'this article',
  'this link',
]);

/** An absolute `http(s):` address, or `null`. Protocol-relative `//host/…` is made `https:`. */
export function webAddress(href: string): string | null {
  const url = href.startsWith('//') ? `https:${href}` : href;
  if (!/^https?:\/\//i.test(url)) return null;
  return hostName(url) ? url : null;
}

function sensibleTitle(text: string, url: string): string | undefined {
  const t = text.trim();
  if (!t || GENERIC.has(t.toLowerCase().replace(/[.:!…]+$/, ''))) return undefined;
  if (/^(https?:\/\/|www\.)/i.test(t) || url.replace(/^https?:\/\//i, '').startsWith(t)) {
    return undefined;
  }
  return t;
}

/**
 * A source for a link: the publisher is the site's host name (the link's words describe the
 * page, not who published it), the title the link's words when they say something.
 */
export function sourceOfLink(link: HtmlLink): TimelineSource | null {
  const url = webAddress(link.href);
  if (!url) return null;
  const title = sensibleTitle(link.text, url) ?? sensibleTitle(link.title, url);
  return title ? { publisher: hostName(url), title, url } : { publisher: hostName(url), url };
}

/**
 * The sources of a slide's links, each address once. A link that is not a web address (a
 * relative one, `mailto:`) is reported and left out.
 */
export function sourcesOfLinks(
  slide: Slide,
  links: readonly HtmlLink[],
): {
  sources: TimelineSource[];
  problems: DataProblem[];
} {
  const sources: TimelineSource[] = [];
  const problems: DataProblem[] = [];
  for (const link of links) {
    const source = sourceOfLink(link);
    if (!source) {
      problems.push({
        path: slide.path('text'),
        severity: 'warning',
        message: `The link "${link.href}" is not a web address (http or https): it is not kept as a source.`,
      });
    } else if (!sources.some((s) => s.url === source.url)) {
      sources.push(source);
    }
  }
  return { sources, problems };
}

/** What a slide's media becomes: an image, a source, or nothing; and what was found. */
export interface MediaResult {
  media?: RawMedia;
  source?: TimelineSource;
  problems: DataProblem[];
}

/**
 * An image. Without alt text it is kept with `alt: ''` (TimelineJS's caption fallback would make
 * screen readers hear the caption twice); the validator then leaves it out, with an error at the
 * Alt Text cell that says how to fix it.
 */
function imageOf(slide: Slide, url: string): MediaResult {
  const m = slide.media!;
  const media: RawMedia = { url, alt: m.alt.replace(/\s+/g, ' ').trim() };
  const caption = htmlToLine(m.caption);
  const credit = htmlToLine(m.credit);
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  return { media, problems: [] };
}

function linkOf(slide: Slide, url: string, service: string): MediaResult {
  const m = slide.media!;
  const title = htmlToLine(m.caption) || m.title;
  const publisher = htmlToLine(m.credit) || service;
  const source: TimelineSource = title ? { publisher, title, url } : { publisher, url };
  const problem: DataProblem = {
    path: slide.path('media.url'),
    severity: 'warning',
    message: `${service} media is not an image, and only images are shown: it is kept as a link among the sources.`,
  };
  return { source, problems: [problem] };
}

/** An event's media as ours. */
export function mediaOfSlide(slide: Slide): MediaResult {
  const m = slide.media;
  if (!m || m.url === '') {
    const stray = m && (['caption', 'credit', 'alt'] as const).find((k) => m[k] !== '');
    if (!stray) return { problems: [] };
    const message = `There is media ${stray} but no media address: it is ignored.`;
    return { problems: [{ path: slide.path(`media.${stray}`), severity: 'warning', message }] };
  }
  const kind = classifyMedia(m.url);
  if (kind.kind === 'image') return imageOf(slide, kind.url);
  if (kind.kind === 'link') return linkOf(slide, kind.url, kind.service);
  const message = `${kind.reason} cannot be carried: the media is left out.`;
  return { problems: [{ path: slide.path('media.url'), severity: 'warning', message }] };
}
