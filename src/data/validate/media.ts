/**
 * An event's image: an address that is `https:` or relative to the data, alt text (required
 * unless the image is marked decorative), a caption and a credit as plain text, and its size in
 * pixels when known. An image that cannot be used is left out; the event stays.
 */
import type { ProblemSink } from '../problems.js';
import type { TimelineMedia } from '../types.js';
import { MAX_LENGTHS } from './limits.js';
import { isBlank, quote } from './strings.js';
import { optionalText } from './text.js';
import { absent, type Fields, isRecord, join, readFields, show, UNREADABLE } from './untrusted.js';
import { mediaUrlProblem } from './urls.js';

const MEDIA_FIELDS = ['url', 'alt', 'caption', 'credit', 'decorative', 'width', 'height'] as const;

/** The message tail of the problems that leave an image out. */
const IMAGE_LEFT_OUT = 'The image was left out; the event is shown without it.';

/** The largest width or height accepted, in pixels. */
export const MAX_IMAGE_SIDE = 20_000;

/**
 * An event's `media`, or `undefined` when there is none or it cannot be used (reported at
 * `path`, `events[3].media`, and its fields).
 */
export function checkMedia(
  p: ProblemSink,
  value: unknown,
  path: string,
): TimelineMedia | undefined {
  if (value === UNREADABLE || absent(value)) return undefined;
  if (!isRecord(value)) {
    p.error(
      path,
      `"media" must be an object such as { "url": "…", "alt": "…" }, not ${show(value)}. ` +
        IMAGE_LEFT_OUT,
    );
    return undefined;
  }
  const f = readFields(p, value, path, MEDIA_FIELDS);
  const url = checkImageUrl(p, f.get('url'), join(path, 'url'));
  const decorative = checkDecorative(p, f.get('decorative'), join(path, 'decorative'));
  const alt = checkAlt(p, f.get('alt'), join(path, 'alt'), decorative);
  const text = (key: 'caption' | 'credit') =>
    optionalText(p, f.get(key), join(path, key), {
      name: key,
      max: MAX_LENGTHS.text,
      dropped: 'It was left out.',
    });
  const caption = text('caption');
  const credit = text('credit');
  const size = checkSize(p, f, path);
  if (url === null || alt === null) return undefined;
  const media: TimelineMedia = { url, alt };
  if (caption !== undefined && !isBlank(caption)) media.caption = caption;
  if (credit !== undefined && !isBlank(credit)) media.credit = credit;
  if (decorative) media.decorative = true;
  if (size) Object.assign(media, size);
  return media;
}

function checkImageUrl(p: ProblemSink, value: unknown, path: string): string | null {
  if (value === UNREADABLE) return null;
  if (absent(value)) {
    p.error(path, `The image has no "url". ${IMAGE_LEFT_OUT}`);
    return null;
  }
  if (typeof value !== 'string') {
    p.error(path, `The image's address must be text, not ${show(value)}. ${IMAGE_LEFT_OUT}`);
    return null;
  }
  const problem = mediaUrlProblem(value);
  if (problem === null) return value;
  p.error(path, `${quote(value)} ${problem}. ${IMAGE_LEFT_OUT}`);
  return null;
}

function checkDecorative(p: ProblemSink, value: unknown, path: string): boolean {
  if (typeof value === 'boolean') return value;
  if (!absent(value) && value !== UNREADABLE) {
    p.error(path, `"decorative" must be true or false, not ${show(value)}. It was ignored.`);
  }
  return false;
}

/**
 * The alt text: required and not blank, unless the image is decorative (then `""`, and alt text
 * given anyway is ignored with a warning). `null` (reported) when the image must be left out.
 */
function checkAlt(
  p: ProblemSink,
  value: unknown,
  path: string,
  decorative: boolean,
): string | null {
  if (value === UNREADABLE) return null;
  if (!absent(value) && typeof value !== 'string') {
    p.error(path, `The alt text must be text, not ${show(value)}. ${IMAGE_LEFT_OUT}`);
    return null;
  }
  const alt = typeof value === 'string' ? value : '';
  if (decorative) {
    if (!isBlank(alt)) {
      p.warn(
        path,
        'The image is marked decorative, so its alt text is not read out; it was ignored. ' +
          'Remove "decorative" if the image says something the text does not.',
      );
    }
    return '';
  }
  if (isBlank(alt)) {
    p.error(
      path,
      'The image has no alt text: say in a sentence what it shows, for readers who cannot see ' +
        `it (or mark it "decorative": true if it adds nothing to the text). ${IMAGE_LEFT_OUT}`,
    );
    return null;
  }
  return (
    optionalText(p, alt, path, {
      name: 'alt text',
      max: MAX_LENGTHS.text,
      dropped: IMAGE_LEFT_OUT,
    }) ?? null
  );
}

/** Width and height together, whole numbers of pixels; anything else is ignored (error). */
function checkSize(
  p: ProblemSink,
  f: Fields,
  path: string,
): { width: number; height: number } | undefined {
  const width = f.get('width');
  const height = f.get('height');
  if (absent(width) && absent(height)) return undefined;
  if (width === UNREADABLE || height === UNREADABLE) return undefined;
  const side = (v: unknown) =>
    Number.isInteger(v) && (v as number) > 0 && (v as number) <= MAX_IMAGE_SIDE;
  for (const [key, v] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!absent(v) && !side(v)) {
      p.error(
        join(path, key),
        `The ${key} must be a whole number of pixels from 1 to ${MAX_IMAGE_SIDE}, not ` +
          `${show(v)}. The size was ignored; space for the image is kept at a fixed shape.`,
      );
      return undefined;
    }
  }
  if (absent(width) || absent(height)) {
    p.warn(
      join(path, absent(width) ? 'width' : 'height'),
      'Give both "width" and "height", or neither; the size was ignored.',
    );
    return undefined;
  }
  return { width: width as number, height: height as number };
}
