/**
 * Registers the elements. The only module that calls `customElements.define`, and it does so
 * only once: loading the bundle twice on a page, or the bundle beside the ESM build, is harmless.
 */
import { NewsTimeline } from './components/news-timeline/news-timeline.js';

if (!customElements.get('news-timeline')) {
  customElements.define('news-timeline', NewsTimeline);
}

export { NewsTimeline };
