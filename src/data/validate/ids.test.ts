import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { kebabCase, KEBAB_ID } from './index.js';
import { RUNS } from '../../../test/helpers/data-arbitraries.js';

describe('kebabCase(text)', () => {
  it('makes a kebab-case id from text', () => {
    expect(kebabCase('Court Ruling (2nd)')).to.equal('court-ruling-2nd');
    expect(kebabCase('  Émigré — Ñandú  ')).to.equal('emigre-nandu');
    expect(kebabCase('!!!')).to.equal('');
  });

  it('returns an id or nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const id = kebabCase(s);
        expect(id === '' || KEBAB_ID.test(id), id).to.equal(true);
      }),
      RUNS,
    );
  });
});
