// Vue: <news-timeline> in GlobalComponents, with typed props and `onnt-select`.
import type {} from 'news-timeline/vue';
import type { GlobalComponents } from 'vue';
import type { TimelineDataset } from 'news-timeline';

declare const story: TimelineDataset;

type Props = InstanceType<GlobalComponents['news-timeline']>['$props'];

export const ok: Props = {
  data: story,
  layout: 'horizontal',
  'onnt-select': (e) => e.detail.event?.id,
};

// @ts-expect-error: `layout` is text
export const wrong: Props = { layout: 3 };
