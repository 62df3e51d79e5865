/**
 * The colour of a category, as a CSS value: the page's `--nt-color-category-<id>` when it sets
 * one, else the built-in palette by the category's position in the legend (`--_palette-1…8`,
 * defined on `<news-timeline>`'s host for light and dark), else a neutral colour for a category
 * the dataset does not declare. Pure; no DOM.
 */
import { KEBAB_ID } from '../data/validate/limits.js';

export const PALETTE_SIZE = 8;

/** CSS value for category `id` at `index` in the dataset's categories (`undefined`: unknown). */
export function categoryColor(id: string, index: number | undefined): string {
  const fallback =
    index === undefined
      ? 'var(--_palette-neutral)'
      : `var(--_palette-${(index % PALETTE_SIZE) + 1})`;
  // Only a kebab-case id can name a custom property; anything else keeps the palette colour.
  return KEBAB_ID.test(id) ? `var(--nt-color-category-${id}, ${fallback})` : fallback;
}
