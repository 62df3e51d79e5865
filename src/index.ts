/**
 * news-timeline: accessible, sourced timeline web components for news articles.
 *
 * Importing this module registers `<news-timeline>` (see `define.ts`) and exposes the classes,
 * the data types, the bundled dataset and the pure helpers.
 */
import './define.js';

export { NewsTimeline } from './components/news-timeline/news-timeline.js';
export {
  NewsTimelineAxis,
  type NtAxisPickDetail,
  type NtAxisPickEvent,
} from './components/news-timeline-axis/news-timeline-axis.js';
export type * from './data/types.js';
export type * from './events.js';
export { irsIce } from './data/irs-ice.js';
export { parseIsoDate, precisionOf, periodEnd, compareIsoDates } from './data/dates.js';
export type { ParsedDate } from './data/dates.js';
export { formatIsoDate } from './data/format.js';
