import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeEntities } from './entities.js';
import { htmlToLine, htmlToText } from './html-text.js';

describe('decodeEntities(text)', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(
      decodeEntities('a &amp; b &lt;i&gt; &quot;q&quot; &eacute;t&eacute; &mdash; &euro;'),
    ).to.equal('a & b <i> "q" été — €');
    expect(decodeEntities('&#8217;&#x2019;&#X1F600;')).to.equal('’’😀');
  });

  it('reads &#128;–&#159; as Windows-1252, as browsers do, and refuses impossible code points', () => {
    expect(decodeEntities('&#146;&#150;&#151;&#133;')).to.equal('’–—…');
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).to.equal('\ufffd\ufffd\ufffd');
  });

  it('leaves unknown names and bare ampersands as written', () => {
    expect(decodeEntities('AT&T &bogus; &amp')).to.equal('AT&T &bogus; &amp');
  });
});

describe('htmlToText(html)', () => {
  it('makes <br> a line break and blocks their own lines, and collapses white space', () => {
    expect(htmlToText('<p>One\n  two</p><p>Three<br>four<br/><br />five</p>').text).to.equal(
      'One two\nThree\nfour\n\nfive',
    );
    expect(htmlToText('<ul><li>a</li><li>b</li></ul>').text).to.equal('a\nb');
    expect(htmlToText('  <p></p><div> </div>x<p></p>  ').text).to.equal('x');
  });

  it('drops scripts, styles, iframes and comments, with their content', () => {
    const html =
      'a<script>alert("<p>")</script>b<!-- c -->d<style>p{}</style>e<iframe src=x>f</iframe>g';
    expect(htmlToText(html).text).to.equal('abdeg');
  });

  it('keeps a < that starts no tag, and reads unclosed markup as text', () => {
    expect(htmlToText('1 < 2 and 3 > 2').text).to.equal('1 < 2 and 3 > 2');
    expect(htmlToText('a <b').text).to.equal('a <b');
    expect(htmlToText('<!-- never closed').text).to.equal('');
  });

  it('keeps the links with their text and title, and a > inside a quoted value', () => {
    const html =
      '<a href="https://a.example/?x=1&amp;y=2" title="T &amp; U">First <b>link</b></a> ' +
      "<A HREF='https://b.example/a>b'>second</A> <a name=anchor>not a link</a> " +
      '<a href=https://c.example/>third';
    const { text, links } = htmlToText(html);
    expect(text).to.equal('First link second not a link third');
    expect(links).to.deep.equal([
      { href: 'https://a.example/?x=1&y=2', text: 'First link', title: 'T & U' },
      { href: 'https://b.example/a>b', text: 'second', title: '' },
      { href: 'https://c.example/', text: 'third', title: '' },
    ]);
  });

  it('with autolink, also finds the bare addresses, without the punctuation that ends a sentence', () => {
    const html =
      'See https://a.example/x. Or (https://b.example/y), or <a href="https://c.example">https://c.example</a>.';
    expect(htmlToText(html).links.map((l) => l.href)).to.deep.equal(['https://c.example']);
    expect(htmlToText(html, { autolink: true }).links.map((l) => l.href)).to.deep.equal([
      'https://c.example',
      'https://a.example/x',
      'https://b.example/y',
    ]);
  });

  it('never throws, and gives text without blank lines at either end or three in a row', () => {
    const html = fc.stringMatching(/^[<>a-z/"'= &#;!\-\n]*$/, { maxLength: 80 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), html), (input) => {
        const { text } = htmlToText(input, { autolink: true });
        expect(text).to.equal(text.replace(/^\n+|\n+$/g, ''));
        expect(text).not.to.contain('\n\n\n');
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('htmlToLine(html)', () => {
  it('puts the text on one line', () => {
    expect(htmlToLine('Whitney Houston<br/> 1963 - 2012')).to.equal('Whitney Houston 1963 - 2012');
    expect(htmlToLine('<p>a</p>\n<p>b</p>')).to.equal('a b');
  });
});
