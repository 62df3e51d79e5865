// React 19: typed attributes, `data` as a property, `onnt-select` with a typed event.
import type {} from 'news-timeline/react';
import { useRef } from 'react';
import type { NewsTimeline, TimelineDataset } from 'news-timeline';

declare const story: TimelineDataset;

export function Story() {
  const ref = useRef<NewsTimeline>(null);
  return (
    <news-timeline
      ref={ref}
      data={story}
      layout="horizontal"
      key-only
      filters
      heading="What happened"
      className="story"
      onnt-select={(e) => {
        const id: string | undefined = e.detail.event?.id;
        const el: NewsTimeline = e.target;
        return [id, el];
      }}
      onnt-error={(e) => e.detail.problems.map((p) => p.message)}
    />
  );
}

// @ts-expect-error: `data` is a dataset, not text
export const wrongData = <news-timeline data="irs-ice" />;
// @ts-expect-error: no such attribute
export const unknown = <news-timeline colour="red" />;
