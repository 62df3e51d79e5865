/**
 * The drop-in bundle's entry point (`dist/news-timeline.bundle.js`): `<news-timeline>`
 * registered, and the bundled IRS–ICE story as the dataset it shows when given none.
 *
 * What not every page needs is loaded on demand, from files beside the bundle (rollup writes
 * them next to it; a dynamic `import()` resolves against the bundle's own address): the drawing
 * (`<news-timeline-axis>`, its layout and d3-scale) when the timeline is wide enough to draw,
 * the data tools (validation, CSV, TimelineJS) when a page brings its own data, the story's
 * Spanish edition when the locale is Spanish. `dist/news-timeline.single.js` is the same in one
 * file. The ESM entry (`index.ts`) leaves the story out; import it from
 * `news-timeline/datasets/irs-ice`.
 */
import { NewsTimeline } from './define.js';
import { irsIceEn } from './datasets/irs-ice.en.js';

NewsTimeline.defaultData ??= irsIceEn;
NewsTimeline.defaultTranslations ??= {
  es: () => import('./datasets/irs-ice.es.js').then((m) => m.irsIceEs),
};

export { NewsTimeline };
