/**
 * The drop-in bundle's entry point (`dist/news-timeline.bundle.js`): everything the package
 * exports, the elements registered, and the bundled IRS–ICE story as the dataset a
 * `<news-timeline>` shows when it is given none. The ESM entry (`index.ts`) leaves the story
 * out; import it from `news-timeline/datasets/irs-ice` where it is wanted.
 */
import { NewsTimeline } from './define.js';
import { irsIce } from './datasets/irs-ice.js';

NewsTimeline.defaultData ??= irsIce;

export * from './index.js';
export { irsIce };
