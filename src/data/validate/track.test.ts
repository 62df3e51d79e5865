import { expect } from '@open-wc/testing';
import { validateDataset } from './index.js';
import { source, dataset, expectProblem } from '../../../test/helpers/data.js';

describe('validateDataset(input)', () => {
  describe('tracks and spans', () => {
    const span = (extra: Record<string, unknown> = {}) => ({
      id: 'werfel',
      label: 'Danny Werfel',
      start: '2023-03-13',
      startPrecision: 'day',
      end: '2025-01-20',
      endPrecision: 'day',
      ...extra,
    });
    const withTrack = (extra: Record<string, unknown>) =>
      validateDataset(
        dataset({
          tracks: [
            {
              id: 'leaders',
              label: 'Who led the IRS',
              spans: [span()],
              sources: [source()],
              ...extra,
            },
          ],
        }),
      );

    it('accepts an open end', () => {
      const result = withTrack({ spans: [span({ end: undefined, endPrecision: undefined })] });
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset!.tracks![0].spans[0]).to.not.have.property('end');
    });

    it('leaves out a span that ends before it starts (an open end would be a claim)', () => {
      const result = withTrack({ spans: [span({ end: '2020-01-01' })] });
      expectProblem(result, 'tracks[0].spans[0].end', 'error', '"2020-01-01"', 'span was left out');
      expect(result.dataset!.tracks![0].spans).to.deep.equal([]);
    });

    it('checks span dates and precision like event dates', () => {
      const result = withTrack({
        spans: [
          span({ id: 'a', startPrecision: undefined }),
          span({ id: 'b', start: '2023-02-29' }),
          span({ id: 'c', start: '2023-03', startPrecision: 'day' }),
          span({ id: 'd', start: undefined }),
        ],
      });
      expectProblem(result, 'tracks[0].spans[0].startPrecision', 'warning', '"day"');
      expectProblem(result, 'tracks[0].spans[1].start', 'error', '"2023-02-29"');
      expectProblem(result, 'tracks[0].spans[2].startPrecision', 'error', '"2023-03" is a month');
      expectProblem(result, 'tracks[0].spans[3].start', 'error', 'no start');
      expect(result.dataset!.tracks![0].spans.map((s) => s.id)).to.deep.equal(['a', 'c']);
    });

    it('sorts spans by start, with a warning', () => {
      const result = withTrack({
        spans: [span({ id: 'b', start: '2024-01-01' }), span({ id: 'a' })],
      });
      expectProblem(result, 'tracks[0].spans[1].start', 'warning', 'sorted');
      expect(result.dataset!.tracks![0].spans.map((s) => s.id)).to.deep.equal(['a', 'b']);
    });

    it('leaves out duplicate span and track ids, and tracks without a label', () => {
      const result = validateDataset(
        dataset({
          tracks: [
            { id: 'a', label: 'A', spans: [span(), span()], sources: [source()] },
            { id: 'a', label: 'A again', spans: [], sources: [source()] },
            { id: 'b', spans: [], sources: [source()] },
            'c',
          ],
        }),
      );
      expectProblem(result, 'tracks[0].spans[1].id', 'error', '"werfel"');
      expectProblem(result, 'tracks[1].id', 'error', '"a"');
      expectProblem(result, 'tracks[2].label', 'error', 'missing');
      expectProblem(result, 'tracks[3]', 'error', '"c"');
      expect(result.dataset!.tracks!.map((t) => t.label)).to.deep.equal(['A']);
    });

    it('rejects tracks or spans that are not lists', () => {
      const result = validateDataset(dataset({ tracks: {} }));
      expectProblem(result, 'tracks', 'error', 'an object');
      expect(result.dataset).to.not.have.property('tracks');
      const spans = withTrack({ spans: 'none' });
      expectProblem(spans, 'tracks[0].spans', 'error', '"none"');
      expect(spans.dataset!.tracks![0].spans).to.deep.equal([]);
    });
  });
});
