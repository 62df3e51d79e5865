/**
 * news-timeline: accessible, sourced timeline web components for news articles.
 *
 * Importing this module registers `<news-timeline>` (see `define.ts`) and exposes the classes,
 * the data types and the pure helpers. The bundled IRS–ICE story is its own entry point,
 * `news-timeline/datasets/irs-ice`, so that pages that bring their own data never load it.
 */
import './define.js';

export { NewsTimeline } from './components/news-timeline/news-timeline.js';
export { NewsTimelineAxis } from './components/news-timeline-axis/news-timeline-axis.js';
export type * from './data/types.js';
export type * from './events.js';
export { parseIsoDate, precisionOf, periodEnd, compareIsoDates } from './data/dates.js';
export type { ParsedDate } from './data/dates.js';
export { formatIsoDate } from './data/format.js';
export { sortEvents } from './data/dates.js';
export type * from './options.js';
export { en as englishStrings } from './i18n/strings.js';
export type { Message, PluralMessage, TimelineStrings } from './i18n/strings.js';
export * from './layout/index.js';
export { renderFallback, renderFallbackHtml } from './fallback/html.js';
export type { FallbackOptions, FallbackResult } from './fallback/html.js';
