/**
 * Registers `<news-timeline>`, once: loading the bundle twice on a page, or the bundle beside
 * the ESM build, is harmless. `<news-timeline-axis>` registers itself in its own folder's
 * `define.ts`, which `<news-timeline>` imports the first time it draws.
 */
import { NewsTimeline } from './components/news-timeline/news-timeline.js';

if (!customElements.get('news-timeline')) {
  customElements.define('news-timeline', NewsTimeline);
}

export { NewsTimeline };
