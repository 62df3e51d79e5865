/**
 * A dataset in the reader's language: the words of its translation for the timeline's locale
 * put in place of its own. Ids, dates, names, figures and sources never change. Pure; returns
 * new objects and never changes its input.
 */
import type { TimelineDataset, TimelineTrack, TimelineTranslation } from './types.js';

/**
 * The dataset's translation for `locale`: the one for the exact tag (`es-MX`, any case), else
 * for its language (`es`); `undefined` when there is none. The dataset's own language is
 * whatever it is written in: a locale without a translation shows it as it is.
 */
export function translationFor(
  dataset: TimelineDataset,
  locale: string,
): TimelineTranslation | undefined {
  const all = dataset.translations;
  const tag = all && translationTag(Object.keys(all), locale);
  return tag === undefined ? undefined : all![tag];
}

/**
 * Of `tags` (language tags), the one for `locale`: the exact tag (any case), else the one for
 * its language (`es` for `es-MX`); `undefined` when none is.
 */
export function translationTag(tags: readonly string[], locale: string): string | undefined {
  const wanted = locale.toLowerCase();
  const language = wanted.split(/[-_]/)[0];
  return (
    tags.find((t) => t.toLowerCase() === wanted) ?? tags.find((t) => t.toLowerCase() === language)
  );
}

/** The translated word when there is one (not blank), else the dataset's own. */
const word = (translated: string | undefined, own: string) =>
  typeof translated === 'string' && translated.trim() ? translated : own;

/**
 * The dataset with the words of its translation for `locale` (or of `translation`, when given:
 * one loaded apart from the dataset), or the dataset itself.
 */
export function localizeDataset(
  dataset: TimelineDataset,
  locale: string,
  translation?: TimelineTranslation,
): TimelineDataset {
  const t = translation ?? translationFor(dataset, locale);
  if (!t) return dataset;
  const out: TimelineDataset = {
    ...dataset,
    title: word(t.title, dataset.title),
    description: word(t.description, dataset.description),
    categories: dataset.categories.map((c) => ({
      ...c,
      label: word(t.categories?.[c.id], c.label),
    })),
    events: dataset.events.map((e) => {
      const w = t.events?.[e.id];
      if (!w) return e;
      const event = { ...e, title: word(w.title, e.title), summary: word(w.summary, e.summary) };
      if (w.label || e.label) event.label = word(w.label, e.label ?? '');
      return event;
    }),
  };
  if (dataset.tracks) out.tracks = dataset.tracks.map((track) => localizeTrack(track, t));
  return out;
}

function localizeTrack(track: TimelineTrack, t: TimelineTranslation): TimelineTrack {
  const w = t.tracks?.[track.id];
  if (!w) return track;
  return {
    ...track,
    label: word(w.label, track.label),
    spans: track.spans.map((span) => {
      const s = w.spans?.[span.id];
      if (!s) return span;
      const out = { ...span, label: word(s.label, span.label) };
      if (span.role !== undefined) out.role = word(s.role, span.role);
      if (span.note !== undefined) out.note = word(s.note, span.note);
      return out;
    }),
  };
}
