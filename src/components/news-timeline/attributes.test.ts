import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  parseDateBound,
  parseGaps,
  parseLanes,
  parseLayout,
  resolveLayout,
  parseIdList,
  parseLocale,
  parseOrder,
  parseTheme,
  resolveCategories,
} from './attributes.js';

describe('parseOrder(raw)', () => {
  it('reads both orders, case-insensitively, and defaults to oldest-first', () => {
    expect(parseOrder(null)).to.deep.equal({ value: 'oldest-first' });
    expect(parseOrder('')).to.deep.equal({ value: 'oldest-first' });
    expect(parseOrder('newest-first').value).to.equal('newest-first');
    expect(parseOrder(' Newest-First ').value).to.equal('newest-first');
  });

  it('refuses anything else with a reason and uses the default', () => {
    const p = parseOrder('sideways');
    expect(p.value).to.equal('oldest-first');
    expect(p.problem).to.contain('"newest-first"');
  });
});

describe('parseTheme(raw)', () => {
  it('reads auto, light and dark and refuses the rest', () => {
    expect(parseTheme('dark').value).to.equal('dark');
    expect(parseTheme('LIGHT').value).to.equal('light');
    expect(parseTheme(null).value).to.equal('auto');
    expect(parseTheme('purple')).to.include({ value: 'auto' }).and.to.have.property('problem');
  });
});

describe('parseIdList(raw)', () => {
  it('splits on commas and white space, lower-cases and dedupes', () => {
    expect(parseIdList('court, lawsuit  Court\tdata,,')).to.deep.equal([
      'court',
      'lawsuit',
      'data',
    ]);
    expect(parseIdList(null)).to.deep.equal([]);
    expect(parseIdList('  ')).to.deep.equal([]);
  });

  it('never returns empty or separator-bearing ids (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) =>
        parseIdList(s).every((id) => id.length > 0 && !/[\s,]/.test(id)),
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});

describe('resolveCategories(wanted, known)', () => {
  const known = ['agreement', 'court', 'lawsuit'];

  it('keeps known ids and names unknown ones', () => {
    expect(resolveCategories(['court', 'lawsuit'], known)).to.deep.equal({
      value: ['court', 'lawsuit'],
    });
    const p = resolveCategories(['court', 'courts'], known);
    expect(p.value).to.deep.equal(['court']);
    expect(p.problem).to.contain('"courts"');
  });

  it('drops the filter when no id is known, so nothing is hidden by a typo', () => {
    const p = resolveCategories(['cort'], known);
    expect(p.value).to.deep.equal([]);
    expect(p.problem).to.contain('showing all categories');
  });
});

describe('parseDateBound(raw, edge)', () => {
  it('turns from into the first instant and to into the exclusive end of the period', () => {
    expect(parseDateBound('2025-04-07', 'from').value).to.equal(Date.UTC(2025, 3, 7));
    expect(parseDateBound('2025-04-07', 'to').value).to.equal(Date.UTC(2025, 3, 8));
    expect(parseDateBound('2025-08', 'to').value).to.equal(Date.UTC(2025, 8, 1));
    expect(parseDateBound(null, 'from')).to.deep.equal({ value: null });
  });

  it('refuses impossible dates', () => {
    const p = parseDateBound('2025-02-30', 'from');
    expect(p.value).to.equal(null);
    expect(p.problem).to.contain('YYYY-MM-DD');
  });
});

describe('parseLocale(raw)', () => {
  it('canonicalises valid tags and refuses invalid ones', () => {
    expect(parseLocale('EN-gb').value).to.equal('en-GB');
    expect(parseLocale(null).value).to.equal(null);
    const p = parseLocale('not a locale!');
    expect(p.value).to.equal(null);
    expect(p.problem).to.contain('BCP 47');
  });
});

describe('parseLayout(raw), parseGaps(raw), parseLanes(raw)', () => {
  it('read their values and fall back to the defaults with a reason', () => {
    expect(parseLayout('Horizontal').value).to.equal('horizontal');
    expect(parseLayout(null).value).to.equal('auto');
    expect(parseLayout('diagonal')).to.include({ value: 'auto' }).and.to.have.property('problem');
    expect(parseGaps('linear').value).to.equal('linear');
    expect(parseGaps('squash').value).to.equal('compress');
    expect(parseLanes('category').value).to.equal('category');
    expect(parseLanes('x')).to.have.property('problem');
  });
});

describe('resolveLayout(layout, width)', () => {
  it('keeps an explicit layout and picks horizontal from 720 px in auto', () => {
    expect(resolveLayout('vertical', 2000)).to.equal('vertical');
    expect(resolveLayout('horizontal', 300)).to.equal('horizontal');
    expect(resolveLayout('auto', 719.5)).to.equal('vertical');
    expect(resolveLayout('auto', 720)).to.equal('horizontal');
  });
});
