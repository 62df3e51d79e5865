import { expect } from '@open-wc/testing';
import { asksForHeight, pymMessage, readPymMessage, sizeMessages } from './messages.js';

describe('sizeMessages(height, targets)', () => {
  it('is AMP’s embed-size alone for a host that passed nothing', () => {
    expect(sizeMessages(640.2, { childId: null, secret: null })).to.deep.equal([
      { sentinel: 'amp', type: 'embed-size', height: 641 },
    ]);
  });

  it('adds Pym.js’s height for its childId and WordPress’s for its secret', () => {
    expect(sizeMessages(500, { childId: 'graphic', secret: 'Ab12' })).to.deep.equal([
      'pymxPYMxgraphicxPYMxheightxPYMx500',
      { sentinel: 'amp', type: 'embed-size', height: 500 },
      { message: 'height', value: 500, secret: 'Ab12' },
    ]);
  });
});

describe('readPymMessage(data, childId)', () => {
  it('reads a message to this child, and nothing else', () => {
    expect(readPymMessage(pymMessage('a', 'width', '720'), 'a')).to.deep.equal({
      type: 'width',
      value: '720',
    });
    expect(readPymMessage(pymMessage('b', 'width', '720'), 'a')).to.equal(null);
    expect(readPymMessage({ type: 'width' }, 'a')).to.equal(null);
    expect(readPymMessage('pymxPYMxa', 'a')).to.equal(null);
  });
});

describe('asksForHeight(data, targets)', () => {
  it('is true for Pym’s width and for WordPress’s ready with the same secret', () => {
    const targets = { childId: 'a', secret: 's1' };
    expect(asksForHeight(pymMessage('a', 'width', '600'), targets)).to.equal(true);
    expect(asksForHeight({ message: 'ready', secret: 's1' }, targets)).to.equal(true);
    expect(asksForHeight({ message: 'ready', secret: 's2' }, targets)).to.equal(false);
    expect(
      asksForHeight({ message: 'ready', secret: 's1' }, { childId: null, secret: null }),
    ).to.equal(false);
    expect(asksForHeight(null, targets)).to.equal(false);
  });
});
