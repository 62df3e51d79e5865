import { expect } from '@open-wc/testing';
import { parseCsvEvents, validateCsv } from './index.js';
import { expectProblem } from '../../../test/helpers/data.js';

describe('validateCsv(text) with image columns', () => {
  const header = 'id,date,title,summary,category,source,Media,Media alt,Media caption,Media credit';

  it('reads media, media_alt, media_caption and media_credit into the event’s image', () => {
    const result = validateCsv(
      `${header}\na,2025-04-07,A,,,AP,images/a.jpg,The bridge at dusk,Opening night,Jane Doe\n`,
    );
    expect(result.problems.filter((p) => p.path.includes('Media'))).to.deep.equal([]);
    expect(result.dataset!.events[0].media).to.deep.equal({
      url: 'images/a.jpg',
      alt: 'The bridge at dusk',
      caption: 'Opening night',
      credit: 'Jane Doe',
    });
  });

  it('gives a row without image cells no media, and takes the other names of the columns', () => {
    const result = validateCsv(
      'id,date,title,source,image,image_alt\na,2025-04-07,A,AP,,\nb,2025-04-08,B,AP,https://example.com/b.png,A boat\n',
    );
    const [a, b] = result.dataset!.events;
    expect(a).to.not.have.property('media');
    expect(b.media).to.deep.equal({ url: 'https://example.com/b.png', alt: 'A boat' });
  });

  it('reports an image without alt text or with a refused address at its cell, and keeps the row', () => {
    const result = validateCsv(
      `${header}\na,2025-04-07,A,,,AP,images/a.jpg,,,\nb,2025-04-08,B,,,AP,http://example.com/b.jpg,A boat,,\n`,
    );
    expectProblem(result.problems, 'row 2, column "Media alt"', 'error', 'no alt text');
    expectProblem(result.problems, 'row 3, column "Media"', 'error', 'https: only');
    expect(result.dataset!.events.map((e) => [e.id, e.media])).to.deep.equal([
      ['a', undefined],
      ['b', undefined],
    ]);
  });

  it('names the image column for an image cell without an address', () => {
    const result = validateCsv(`${header}\na,2025-04-07,A,,,AP,,A boat,,\n`);
    expectProblem(result.problems, 'row 2, column "Media"', 'error', 'no "url"');
  });

  it('leaves raw image cells to the validator: parseCsvEvents keeps them as written', () => {
    const { events, origins } = parseCsvEvents(`${header}\na,2025-04-07,A,,,AP,x.png,,Cap,\n`);
    expect((events[0] as { media: unknown }).media).to.deep.equal({ url: 'x.png', caption: 'Cap' });
    expect(origins[0].columns).to.include({
      'media.url': 'Media',
      'media.alt': 'Media alt',
      'media.caption': 'Media caption',
      'media.credit': 'Media credit',
    });
  });
});
