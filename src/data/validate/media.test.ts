import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mediaUrlProblem, resolveMediaUrl, validateDataset } from './index.js';
import { dataset, event, expectProblem, only, withEvent } from '../../../test/helpers/data.js';

const image = (extra: Record<string, unknown> = {}) => ({
  url: 'https://example.com/bridge.jpg',
  alt: 'The bridge at dusk, lit in blue',
  ...extra,
});

describe('validateDataset(input)', () => {
  describe('media', () => {
    it('keeps a complete image, with its caption, credit and size', () => {
      const media = image({
        caption: 'Opening night',
        credit: 'Jane Doe',
        width: 1200,
        height: 800,
      });
      const result = withEvent({ media });
      expect(result.problems).to.deep.equal([]);
      expect(only(result).media).to.deep.equal(media);
    });

    it('keeps an address relative to the data as written (it is resolved where it is shown)', () => {
      for (const url of [
        'images/bridge.jpg',
        './bridge.png',
        '/media/bridge.webp',
        '../a%20b.jpg',
      ]) {
        const result = withEvent({ media: image({ url }) });
        expect(result.problems, url).to.deep.equal([]);
        expect(only(result).media!.url).to.equal(url);
      }
    });

    it('keeps a decorative image with empty alt text, and no alt at all', () => {
      for (const media of [
        { url: 'a.png', alt: '', decorative: true },
        { url: 'a.png', decorative: true },
      ]) {
        const result = withEvent({ media });
        expect(result.problems).to.deep.equal([]);
        expect(only(result).media).to.deep.equal({ url: 'a.png', alt: '', decorative: true });
      }
    });

    it('ignores the alt text of a decorative image, with a warning', () => {
      const result = withEvent({ media: image({ decorative: true }) });
      expectProblem(result, 'events[0].media.alt', 'warning', 'decorative');
      expect(only(result).media!.alt).to.equal('');
    });

    it('leaves out an image without alt text (error); the event stays', () => {
      for (const alt of [undefined, '', '   ']) {
        const result = withEvent({ media: image({ alt }) });
        expectProblem(result, 'events[0].media.alt', 'error', 'no alt text', 'left out');
        expect(only(result)).to.not.have.property('media');
      }
    });

    const refused: [string, string][] = [
      ['http://example.com/a.jpg', 'https: only'],
      ['HTTPS://example.com/a.jpg', 'lowercase'],
      ['javascript:alert(1)', 'not an image address'],
      ['data:image/png;base64,iVBORw0KGgo=', 'not an image address'],
      ['file:///etc/passwd', 'not an image address'],
      ['//example.com/a.jpg', 'no scheme'],
      ['https://', 'not a valid address'],
      ['images/a b.jpg', 'spaces'],
      ['java\tscript:alert(1)', 'spaces'],
      ['', 'empty'],
    ];
    for (const [url, words] of refused) {
      it(`leaves out an image at ${JSON.stringify(url)} (${words})`, () => {
        const result = withEvent({ media: image({ url }) });
        expectProblem(result, 'events[0].media.url', 'error', words);
        expect(only(result)).to.not.have.property('media');
      });
    }

    it('leaves out media that is not an object, and an image with no url', () => {
      expectProblem(withEvent({ media: 'a.jpg' }), 'events[0].media', 'error', 'must be an object');
      expectProblem(withEvent({ media: { alt: 'x' } }), 'events[0].media.url', 'error', 'no "url"');
    });

    it('ignores a size that is not whole pixels, or half given, and keeps the image', () => {
      const bad = withEvent({ media: image({ width: 12.5, height: 10 }) });
      expectProblem(bad, 'events[0].media.width', 'error', 'whole number');
      const half = withEvent({ media: image({ width: 100 }) });
      expectProblem(half, 'events[0].media.height', 'warning', 'both');
      for (const result of [bad, half]) {
        expect(only(result).media).to.deep.equal(image());
      }
    });

    it('warns about unknown media fields, and treats null as missing', () => {
      const result = withEvent({ media: image({ thumbnail: 'x.jpg', caption: null }) });
      expectProblem(result, 'events[0].media', 'warning', '"thumbnail"');
      expect(only(result).media).to.deep.equal(image());
    });
  });

  describe('missingSources', () => {
    it('"warn" (default): one warning per event and track without sources', () => {
      const result = validateDataset(
        dataset({
          events: [event({ sources: [] })],
          tracks: [{ id: 't', label: 'T', spans: [{ id: 's', label: 'S', start: '2025' }] }],
        }),
      );
      expectProblem(result, 'events[0].sources', 'warning', 'no sources');
      expectProblem(result, 'tracks[0].sources', 'warning', 'no sources');
    });

    it('"allow": events and tracks without sources are kept quietly', () => {
      const result = validateDataset(
        dataset({
          events: [event({ sources: undefined })],
          tracks: [
            {
              id: 't',
              label: 'T',
              spans: [{ id: 's', label: 'S', start: '2025', startPrecision: 'year' }],
            },
          ],
        }),
        { missingSources: 'allow' },
      );
      expect(result.problems).to.deep.equal([]);
      expect(only(result).sources).to.deep.equal([]);
    });
  });
});

describe('mediaUrlProblem(url)', () => {
  it('accepts exactly what resolveMediaUrl can load against an https: base', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.webPath(), fc.string()), (url) => {
        const resolved = resolveMediaUrl(url, 'https://news.example/data/story.json');
        if (mediaUrlProblem(url) === null) {
          expect(resolved, url).to.match(/^https:\/\//);
        } else {
          expect(resolved, url).to.equal(null);
        }
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('resolveMediaUrl(url, base)', () => {
  it('resolves a relative address against the data file, as a link resolves', () => {
    const base = 'https://news.example/data/story.json';
    expect(resolveMediaUrl('images/a.jpg', base)).to.equal(
      'https://news.example/data/images/a.jpg',
    );
    expect(resolveMediaUrl('/media/a.jpg', base)).to.equal('https://news.example/media/a.jpg');
    expect(resolveMediaUrl('https://cdn.example/a.jpg', base)).to.equal(
      'https://cdn.example/a.jpg',
    );
  });

  it('loads a relative address over http: only on an http: base, and nothing on other bases', () => {
    expect(resolveMediaUrl('a.jpg', 'http://localhost:8000/x.json')).to.equal(
      'http://localhost:8000/a.jpg',
    );
    expect(resolveMediaUrl('a.jpg', 'file:///tmp/x.json')).to.equal(null);
    expect(resolveMediaUrl('a.jpg', 'about:blank')).to.equal(null);
    expect(resolveMediaUrl('http://example.com/a.jpg', 'http://localhost/')).to.equal(null);
  });
});
