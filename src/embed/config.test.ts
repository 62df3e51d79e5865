import { expect } from '@open-wc/testing';
import '../define.js';
import { NewsTimeline } from '../components/news-timeline/news-timeline.js';
import {
  allowedSource,
  BOOLEAN_ATTRIBUTES,
  EMBED_ATTRIBUTES,
  parseAllowedOrigins,
  readEmbedConfig,
} from './config.js';

const PAGE = 'https://graphics.example.org/embed/embed.html';

describe('EMBED_ATTRIBUTES', () => {
  it('are every attribute <news-timeline> observes, and no other', () => {
    const observed = (NewsTimeline as unknown as { observedAttributes: string[] })
      .observedAttributes;
    expect([...EMBED_ATTRIBUTES].sort()).to.deep.equal([...observed].sort());
    for (const name of BOOLEAN_ATTRIBUTES) expect(EMBED_ATTRIBUTES).to.include(name);
  });
});

describe('parseAllowedOrigins(content)', () => {
  it('keeps the origins of https: and http: addresses, once each, in order', () => {
    expect(
      parseAllowedOrigins(
        ' https://data.example.org/x,http://b.example:8080 https://data.example.org ',
      ),
    ).to.deep.equal(['https://data.example.org', 'http://b.example:8080']);
  });

  it('drops wildcards, other schemes and words', () => {
    expect(
      parseAllowedOrigins('* https://*.example.org data:text/plain,x javascript:x nope'),
    ).to.deep.equal([]);
    expect(parseAllowedOrigins(null)).to.deep.equal([]);
  });
});

describe('allowedSource(src, pageUrl, allowed)', () => {
  it('allows the page’s own origin, relative paths included', () => {
    expect(allowedSource('/data/story.json', PAGE, [])).to.equal('https://graphics.example.org');
    expect(allowedSource('story.csv', PAGE, [])).to.equal('https://graphics.example.org');
  });

  it('allows a listed origin and refuses any other', () => {
    const src = 'https://data.example.org/story.json';
    expect(allowedSource(src, PAGE, [])).to.equal(null);
    expect(allowedSource(src, PAGE, ['https://data.example.org'])).to.equal(
      'https://data.example.org',
    );
    expect(allowedSource('//evil.example/x.json', PAGE, [])).to.equal(null);
    expect(allowedSource('http://graphics.example.org/x.json', PAGE, [])).to.equal(null);
  });

  it('refuses what is not an http(s) address', () => {
    for (const src of [
      'javascript:alert(1)',
      'data:application/json,{}',
      'blob:https://graphics.example.org/1',
      'https://',
    ]) {
      expect(allowedSource(src, PAGE, ['https://graphics.example.org']), src).to.equal(null);
    }
  });
});

describe('readEmbedConfig(pageUrl, allowedOrigins)', () => {
  it('reads every attribute from the query, booleans on unless false, and ignores the rest', () => {
    const config = readEmbedConfig(
      `${PAGE}?layout=horizontal&theme=dark&categories=court&selected=long-removed&filters&key-only=false&permalinks=1&onclick=x&childId=c1&initialWidth=600`,
      [],
    );
    expect(config.attributes).to.deep.equal([
      ['categories', 'court'],
      ['key-only', null],
      ['theme', 'dark'],
      ['selected', 'long-removed'],
      ['layout', 'horizontal'],
      ['filters', ''],
      ['permalinks', ''],
    ]);
    expect(config).to.include({ refused: null, childId: 'c1', secret: null });
  });

  it('passes an allowed src on, and refuses another with its origin', () => {
    expect(readEmbedConfig(`${PAGE}?src=data/a.json`, []).attributes).to.deep.equal([
      ['src', 'data/a.json'],
    ]);
    const refused = readEmbedConfig(`${PAGE}?src=https%3A%2F%2Fother.example%2Fa.json`, []);
    expect(refused.attributes).to.deep.equal([]);
    expect(refused.refused).to.deep.equal({
      src: 'https://other.example/a.json',
      origin: 'https://other.example',
    });
    expect(readEmbedConfig(`${PAGE}?src=javascript:alert(1)`, []).refused?.origin).to.equal(null);
  });

  it('reads WordPress’s secret from the fragment, only as WordPress writes it', () => {
    expect(readEmbedConfig(`${PAGE}#?secret=Ab12Cd34Ef`, []).secret).to.equal('Ab12Cd34Ef');
    expect(readEmbedConfig(`${PAGE}?layout=vertical#?secret=x"><b>`, []).secret).to.equal(null);
    expect(readEmbedConfig(PAGE, []).secret).to.equal(null);
  });
});
