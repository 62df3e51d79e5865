import { expect } from '@open-wc/testing';
import { isSafeUrl, MAX_ITEMS, MAX_LENGTHS } from './index.js';
import { source, withEvent, withSource, expectProblem, only } from '../../../test/helpers/data.js';

describe('validateDataset(input)', () => {
  describe('sources', () => {
    it('warns about an event without sources', () => {
      for (const sources of [undefined, []]) {
        const result = withEvent({ sources });
        expectProblem(result, 'events[0].sources', 'warning', 'no sources');
        expect(only(result).sources).to.deep.equal([]);
      }
    });

    it('rejects sources that are not a list', () => {
      const result = withEvent({ sources: source() });
      expectProblem(result, 'events[0].sources', 'error', 'must be a list', 'an object');
      expect(only(result).sources).to.deep.equal([]);
    });

    it('leaves out a source that is not an object, or has no publisher and no address', () => {
      const result = withEvent({ sources: ['AP', { title: 'x' }, source()] });
      expectProblem(result, 'events[0].sources[0]', 'error', '"AP"');
      expectProblem(result, 'events[0].sources[1].publisher', 'error', 'left out');
      expect(only(result).sources).to.have.length(1);
    });

    it('names a source without a publisher after its address (error)', () => {
      const result = withSource({ publisher: undefined, url: 'https://www.apnews.com/x' });
      expectProblem(result, 'events[0].sources[0].publisher', 'error', '"apnews.com"');
      expect(only(result).sources[0].publisher).to.equal('apnews.com');
    });

    it('drops an unusable publication date, and keeps the source', () => {
      const result = withSource({ published: '2025-02-30' });
      expectProblem(result, 'events[0].sources[0].published', 'error', '"2025-02-30"');
      expect(only(result).sources[0]).to.not.have.property('published');
    });

    it(`keeps the first MAX_ITEMS.sources (${MAX_ITEMS.sources}) sources`, () => {
      const sources = Array.from({ length: MAX_ITEMS.sources + 1 }, (_, i) =>
        source({ title: `Story ${i}` }),
      );
      const result = withEvent({ sources });
      expectProblem(result, 'events[0].sources', 'error', `${MAX_ITEMS.sources + 1} sources`);
      expect(only(result).sources).to.have.length(MAX_ITEMS.sources);
    });

    const unsafe: [string, string][] = [
      ['javascript:alert(1)', 'not a safe link'],
      ['JaVaScRiPt:alert(1)', 'not a safe link'],
      ['vbscript:msgbox(1)', 'not a safe link'],
      ['data:text/html,<script>alert(1)</script>', 'not a safe link'],
      ['file:///etc/passwd', 'not a safe link'],
      ['java\tscript:alert(1)', 'spaces or control characters'],
      ['java\nscript:alert(1)', 'spaces or control characters'],
      ['\u0000javascript:alert(1)', 'spaces or control characters'],
      [' https://example.com', 'spaces or control characters'],
      ['https://example.com/a b', 'spaces or control characters'],
      ['https://exa\u00a0mple.com', 'spaces or control characters'],
      ['/news/story', 'not a complete address'],
      ['//evil.example/x', 'not a complete address'],
      ['example.com/story', 'not a complete address'],
      ['HTTPS://example.com', 'lowercase'],
      ['https://', 'not a valid address'],
      ['https://exa[mple.com', 'not a valid address'],
      ['mailto:', 'not a valid address'],
      [`https://example.com/${'a'.repeat(MAX_LENGTHS.url)}`, `${MAX_LENGTHS.url} characters`],
    ];
    for (const [url, why] of unsafe) {
      it(`removes the link ${JSON.stringify(url.slice(0, 40))} and keeps the source as text`, () => {
        const result = withSource({ url });
        const problem = expectProblem(result, 'events[0].sources[0].url', 'error', why);
        expect(problem.message).to.include(JSON.stringify(url).slice(0, 20));
        expect(only(result).sources[0]).to.deep.equal({
          publisher: 'Associated Press',
          title: 'IRS agrees to share data',
          published: '2025-04-08',
        });
      });
    }

    it('keeps https:, http: and mailto: links', () => {
      for (const url of [
        'https://apnews.com/a?b=c#d',
        'http://example.com',
        'mailto:tips@example.com',
        'https://de.wikipedia.org/wiki/Bundesfinanzhof_(Müller)',
      ]) {
        const result = withSource({ url });
        expect(result.problems, url).to.deep.equal([]);
        expect(only(result).sources[0].url).to.equal(url);
      }
    });

    it('rejects an address that is not text', () => {
      expectProblem(withSource({ url: 42 }), 'events[0].sources[0].url', 'error', 'the number 42');
    });
  });
});

describe('isSafeUrl(value)', () => {
  it('accepts https:, http: and mailto: addresses only', () => {
    expect(isSafeUrl('https://example.com')).to.equal(true);
    expect(isSafeUrl('http://example.com/a')).to.equal(true);
    expect(isSafeUrl('mailto:a@example.com')).to.equal(true);
    for (const bad of [
      'javascript:x',
      'ftp://x.com',
      'https://',
      ' https://x.com',
      'x',
      42,
      null,
    ]) {
      expect(isSafeUrl(bad), String(bad)).to.equal(false);
    }
  });
});
