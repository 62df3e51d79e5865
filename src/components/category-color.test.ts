import { expect } from '@open-wc/testing';
import { categoryColor } from './category-color.js';

describe('categoryColor(id, index)', () => {
  it('lets the page override each category, with the palette by position as fallback', () => {
    expect(categoryColor('court', 3)).to.equal('var(--nt-color-category-court, var(--_palette-4))');
    expect(categoryColor('court', 9)).to.equal('var(--nt-color-category-court, var(--_palette-2))');
  });

  it('uses the neutral colour for undeclared categories', () => {
    expect(categoryColor('other', undefined)).to.equal(
      'var(--nt-color-category-other, var(--_palette-neutral))',
    );
  });

  it('never builds a property name from an id that is not kebab-case', () => {
    expect(categoryColor('a); color: red', 0)).to.equal('var(--_palette-1)');
    expect(categoryColor('', undefined)).to.equal('var(--_palette-neutral)');
  });
});
