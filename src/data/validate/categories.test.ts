import { expect } from '@open-wc/testing';
import { validateDataset } from './index.js';
import { event, dataset, withEvent, expectProblem, only } from '../../../test/helpers/data.js';

describe('validateDataset(input)', () => {
  describe('categories', () => {
    it('keeps an event whose category is not declared, with a warning', () => {
      const result = withEvent({ category: 'protest' });
      expectProblem(
        result,
        'events[0].category',
        'warning',
        '"protest"',
        'agreement, court',
        'neutral',
      );
      expect(only(result).category).to.equal('protest');
    });

    it('takes the categories from the events when the list is missing (warning)', () => {
      const result = validateDataset(
        dataset({
          categories: undefined,
          events: [event(), event({ id: 'b', category: 'court-ruling', date: '2025-05-01' })],
        }),
      );
      expectProblem(result, 'categories', 'warning', 'agreement, court-ruling');
      expect(result.dataset!.categories).to.deep.equal([
        { id: 'agreement', label: 'Agreement' },
        { id: 'court-ruling', label: 'Court ruling' },
      ]);
    });

    it('takes them from the events, too, when the list is not a list (error)', () => {
      const result = validateDataset(dataset({ categories: 'agreement' }));
      expectProblem(result, 'categories', 'error', '"agreement"');
      expect(result.dataset!.categories).to.deep.equal([{ id: 'agreement', label: 'Agreement' }]);
    });

    it('checks each declared category', () => {
      const result = validateDataset(
        dataset({
          categories: [
            { id: 'agreement', label: 'Agreement' },
            { id: 'agreement', label: 'Again' },
            { id: 'Court', label: 'Court' },
            { id: 'data-transfers' },
            'x',
          ],
        }),
      );
      expectProblem(result, 'categories[1].id', 'error', 'twice');
      expectProblem(result, 'categories[2].id', 'error', '"Court"');
      expectProblem(result, 'categories[3].label', 'error', '"Data transfers" was used');
      expectProblem(result, 'categories[4]', 'error', '"x"');
      expect(result.dataset!.categories).to.deep.equal([
        { id: 'agreement', label: 'Agreement' },
        { id: 'data-transfers', label: 'Data transfers' },
      ]);
    });

    it('gives an event without a category the neutral style', () => {
      const missing = withEvent({ category: undefined });
      expectProblem(missing, 'events[0].category', 'warning', 'no category');
      expect(only(missing).category).to.equal('');
      const bad = withEvent({ category: 'Court Ruling' });
      expectProblem(bad, 'events[0].category', 'error', '"Court Ruling"', '"court-ruling"');
      expect(only(bad).category).to.equal('');
      expect(withEvent({ category: '' }).problems).to.deep.equal([]);
    });
  });
});
