/** @jsxImportSource solid-js */
// Solid: `prop:data` for the dataset, `on:nt-select` for the event, attributes as written.
import type {} from 'news-timeline/solid';
import type { TimelineDataset } from 'news-timeline';

declare const story: TimelineDataset;

export const ok = (
  <news-timeline prop:data={story} layout="vertical" on:nt-select={(e) => e.detail.event?.id} />
);

// @ts-expect-error: `prop:data` is a dataset
export const wrong = <news-timeline prop:data={42} />;
