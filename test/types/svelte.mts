// Svelte: <news-timeline> in svelteHTML.IntrinsicElements, with typed props and events.
import type {} from 'news-timeline/svelte';

type Props = svelteHTML.IntrinsicElements['news-timeline'];

export const ok: Props = {
  layout: 'horizontal',
  'on:nt-select': (e) => e.detail.event?.id,
};

// @ts-expect-error: `layout` is text
export const wrong: Props = { layout: 3 };
