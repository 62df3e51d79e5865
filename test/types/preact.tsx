/** @jsxImportSource preact */
// Preact: the same props, through Preact's JSX namespace.
import type {} from 'news-timeline/preact';
import type { TimelineDataset } from 'news-timeline';

declare const story: TimelineDataset;

export const ok = (
  <news-timeline
    data={story}
    theme="dark"
    class="story"
    onnt-select={(e) => e.detail.event?.title}
  />
);

// @ts-expect-error: `events` is an array of events
export const wrong = <news-timeline events={story} />;
