/**
 * Registers the elements. The only module that calls `customElements.define`, and it does so
 * only once: loading the bundle twice on a page, or the bundle beside the ESM build, is harmless.
 */
import { NewsTimeline } from './components/news-timeline/news-timeline.js';
import { NewsTimelineAxis } from './components/news-timeline-axis/news-timeline-axis.js';

if (!customElements.get('news-timeline')) {
  customElements.define('news-timeline', NewsTimeline);
}
if (!customElements.get('news-timeline-axis'))
  customElements.define('news-timeline-axis', NewsTimelineAxis);

export { NewsTimeline };
