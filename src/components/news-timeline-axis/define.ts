/**
 * Registers `<news-timeline-axis>`, once. `<news-timeline>` imports this module on demand, the
 * first time it draws (the drop-in bundle keeps it in a file of its own beside the bundle), so
 * that a page showing the list never downloads the drawing, its layout or d3-scale. Import it
 * directly to use the axis on its own.
 */
import { NewsTimelineAxis } from './news-timeline-axis.js';

if (!customElements.get('news-timeline-axis'))
  customElements.define('news-timeline-axis', NewsTimelineAxis);

export { NewsTimelineAxis };
