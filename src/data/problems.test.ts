import { expect } from '@open-wc/testing';
import { MAX_PROBLEMS, Problems } from './problems.js';

describe('new Problems()', () => {
  it('lists errors and warnings in the order they are reported', () => {
    const p = new Problems();
    p.warn('title', 'A.');
    p.error('events[0].date', 'B.');
    expect(p.finish()).to.deep.equal([
      { path: 'title', message: 'A.', severity: 'warning' },
      { path: 'events[0].date', message: 'B.', severity: 'error' },
    ]);
  });

  it(`lists at most MAX_PROBLEMS (${MAX_PROBLEMS}), then says how many were not listed`, () => {
    const p = new Problems();
    for (let i = 0; i < MAX_PROBLEMS + 2; i++) p.warn(`events[${i}]`, 'W.');
    const warnings = p.finish();
    expect(warnings).to.have.length(MAX_PROBLEMS + 1);
    expect(warnings[MAX_PROBLEMS]).to.deep.equal({
      path: '',
      message: '2 more problems were not listed.',
      severity: 'warning',
    });
    p.error('x', 'E.');
    expect(p.finish()[MAX_PROBLEMS]).to.deep.equal({
      path: '',
      message: '3 more problems were not listed.',
      severity: 'error',
    });
  });

  it('says "1 more problem was" for one', () => {
    const p = new Problems();
    for (let i = 0; i <= MAX_PROBLEMS; i++) p.warn('', 'W.');
    expect(p.finish()[MAX_PROBLEMS].message).to.equal('1 more problem was not listed.');
  });

  it('finish() returns fresh objects, and add() copies what it is given', () => {
    const p = new Problems();
    const given = { path: 'a', message: 'M.', severity: 'error' as const };
    p.add(given);
    given.path = 'changed';
    const first = p.finish();
    first[0].message = 'changed';
    expect(p.finish()).to.deep.equal([{ path: 'a', message: 'M.', severity: 'error' }]);
  });

  it('mapped(mapPath) reports into the same list, with each path rewritten', () => {
    const p = new Problems();
    p.warn('row 1', 'Sheet.');
    const rows = p.mapped((path) => path.replace(/^events\[(\d+)\]/, (_, i) => `row ${+i + 2}`));
    rows.error('events[0].date', 'Date.');
    rows.warn('title', 'Title.');
    expect(p.finish().map((x) => `${x.severity} ${x.path}`)).to.deep.equal([
      'warning row 1',
      'error row 2.date',
      'warning title',
    ]);
  });
});
