/**
 * The data tools: what reads and checks data that a page brings (a file at `src`, an inline
 * script, the `data` and `events` properties): decoding bytes, telling JSON from CSV, the CSV
 * reader (with d3-dsv), recognising a TimelineJS file, and the validator with its messages.
 *
 * The element loads this module the first time it needs it (`loadDataTools`), so that a page
 * showing the drop-in bundle's own story, which is checked by its tests and never validated in
 * the reader's browser, does not download or compile any of it. In the drop-in bundle it is the
 * file `news-timeline.data-tools.<hash>.js` beside `news-timeline.bundle.js`.
 */
export { decodeText } from './decode.js';
export { formatOf, mayBeTimelineJs, readTextWith } from './read-core.js';
export { validateDataset, validateEvents } from './validate/dataset.js';
