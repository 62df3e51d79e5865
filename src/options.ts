/**
 * The options of `<news-timeline>` and its drawing, each union and its allowed values written
 * once. Attribute parsing (`components/news-timeline/attributes.ts`), the view, the layout and the
 * axis element all import them from here.
 */

/** The order of the list. */
export const ORDERS = ['oldest-first', 'newest-first'] as const;
export type TimelineOrder = (typeof ORDERS)[number];

/** `auto` follows `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type TimelineTheme = (typeof THEMES)[number];

/** `auto` draws horizontally from {@link HORIZONTAL_MIN_WIDTH} px, vertically below. */
export const LAYOUTS = ['auto', 'vertical', 'horizontal'] as const;
export type TimelineLayout = (typeof LAYOUTS)[number];

/** The layout actually drawn. */
export type ResolvedLayout = Exclude<TimelineLayout, 'auto'>;

/** How long empty stretches are drawn: cut out into breaks (`compress`) or to scale (`linear`). */
export const GAPS = ['compress', 'linear'] as const;
export type TimelineGaps = (typeof GAPS)[number];

/** Where labels go: stacked above one line (`auto`), or one row per category (`category`). */
export const LANES = ['auto', 'category'] as const;
export type TimelineLanes = (typeof LANES)[number];

/** The width in px from which `layout="auto"` draws the horizontal, to-scale timeline. */
export const HORIZONTAL_MIN_WIDTH = 720;
