/**
 * Tracks: rows of spans drawn beside the events ("Who led the IRS"). A span is a period with a
 * label; an open end means no end is known yet, so a span whose end is unusable is left out
 * rather than drawn open.
 */
import type { ProblemSink } from '../problems.js';
import type { TimelineSpan, TimelineTrack } from '../types.js';
import type { StoryClock } from '../time-zones.js';
import { checkEnd, inDateOrder, requiredDate, type Placed } from './dates.js';
import { requiredId } from './ids.js';
import { MAX_ITEMS, MAX_LENGTHS } from './limits.js';
import { checkSources, type MissingSources } from './source.js';
import { quote } from './strings.js';
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

const TRACK_FIELDS = ['id', 'label', 'spans', 'sources'] as const;
const SPAN_FIELDS = [
  'id',
  'label',
  'role',
  'start',
  'startPrecision',
  'end',
  'endPrecision',
  'note',
] as const;

/**
 * The tracks of a dataset; ids are unique among tracks, and span ids among all spans. A track
 * without sources is warned about unless `missingSources` is `allow`.
 */
export function checkTracks(
  p: ProblemSink,
  list: readonly unknown[],
  clock?: StoryClock,
  missingSources?: MissingSources,
): TimelineTrack[] {
  const out: TimelineTrack[] = [];
  const trackIds = new Set<string>();
  const spanIds = new Set<string>();
  items(p, list, 'tracks', MAX_ITEMS.tracks, 'tracks').forEach((value, i) => {
    const track = checkTrack(p, value, `tracks[${i}]`, spanIds, clock, missingSources);
    if (!track) return;
    if (trackIds.has(track.id)) {
      p.error(
        `tracks[${i}].id`,
        `The id ${quote(track.id)} is already used by an earlier track. The track was left out.`,
      );
      return;
    }
    trackIds.add(track.id);
    out.push(track);
  });
  return out;
}

function checkTrack(
  p: ProblemSink,
  value: unknown,
  path: string,
  spanIds: Set<string>,
  clock: StoryClock | undefined,
  missingSources: MissingSources | undefined,
): TimelineTrack | null {
  const dropped = 'The track was left out.';
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each track must be an object with an id, a label and spans, not ${show(value)}.`,
    );
    return null;
  }
  const f = readFields(p, value, path, TRACK_FIELDS);
  const id = requiredId(p, f.get('id'), join(path, 'id'), dropped);
  const label = requiredText(p, f.get('label'), join(path, 'label'), {
    name: 'label',
    max: MAX_LENGTHS.text,
    dropped,
  });
  const spans = checkSpans(p, f.get('spans'), join(path, 'spans'), spanIds, clock);
  const sources = checkSources(p, f.get('sources'), join(path, 'sources'), 'track', missingSources);
  if (id === null || label === null) return null;
  return { id, label, spans: inDateOrder(p, spans, (s) => s.start, 'start', 'spans'), sources };
}

/** The usable spans of a track, with their paths, in the order given. */
function checkSpans(
  p: ProblemSink,
  value: unknown,
  path: string,
  spanIds: Set<string>,
  clock: StoryClock | undefined,
): Placed<TimelineSpan>[] {
  const kept: Placed<TimelineSpan>[] = [];
  if (!isArray(value)) {
    if (value !== UNREADABLE) {
      p.error(
        path,
        absent(value)
          ? 'The track has no list of spans. Add "spans": [ … ].'
          : `The spans must be a list, not ${show(value)}.`,
      );
    }
    return kept;
  }
  items(p, value, path, MAX_ITEMS.spans, 'spans').forEach((span, i) => {
    const spanPath = `${path}[${i}]`;
    const checked = checkSpan(p, span, spanPath, clock);
    if (!checked) return;
    if (spanIds.has(checked.id)) {
      p.error(
        join(spanPath, 'id'),
        `The id ${quote(checked.id)} is already used by an earlier span. The span was left out.`,
      );
      return;
    }
    spanIds.add(checked.id);
    kept.push({ item: checked, path: spanPath });
  });
  return kept;
}

function checkSpan(
  p: ProblemSink,
  value: unknown,
  path: string,
  clock: StoryClock | undefined,
): TimelineSpan | null {
  const dropped = 'The span was left out.';
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each span must be an object with an id, a label and a start, not ${show(value)}.`,
    );
    return null;
  }
  const f = readFields(p, value, path, SPAN_FIELDS);
  const id = requiredId(p, f.get('id'), join(path, 'id'), dropped);
  const label = requiredText(p, f.get('label'), join(path, 'label'), {
    name: 'label',
    max: MAX_LENGTHS.text,
    dropped,
  });
  const other = { max: MAX_LENGTHS.text, dropped: 'It was left out.' };
  const role = optionalText(p, f.get('role'), join(path, 'role'), { name: 'role', ...other });
  const start = requiredDate(
    p,
    f,
    path,
    'span',
    { date: 'start', precision: 'startPrecision' },
    { name: 'start', precisionName: 'startPrecision', dropped, clock },
  );
  // An unusable end drops the span: without it the span would read as still open.
  const end = checkEnd(p, f, start, path, {
    name: 'end',
    precisionName: 'endPrecision',
    dropped,
    clock,
  });
  const note = optionalText(p, f.get('note'), join(path, 'note'), { name: 'note', ...other });
  if (id === null || label === null || start === null || end === null) return null;
  const span: TimelineSpan = { id, label, start: start.value, startPrecision: start.precision };
  if (role !== undefined) span.role = role;
  if (end) {
    span.end = end.value;
    span.endPrecision = end.precision;
  }
  if (note !== undefined) span.note = note;
  return span;
}
