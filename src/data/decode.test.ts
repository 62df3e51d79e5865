import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeText } from './decode.js';

const RUNS = { numRuns: 1000, seed: 20250407 };

/** "Référendum" as Windows-1252 writes it: é is the one byte 0xE9. */
const REFERENDUM_1252 = [0x52, 0xe9, 0x66, 0xe9, 0x72, 0x65, 0x6e, 0x64, 0x75, 0x6d];

/** Windows-1252, the other way: each character it decodes to, and its byte. */
const BYTE_OF = new Map(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map(
    (c, i) => [c, i],
  ),
);

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Strings without lone surrogates (which no encoder can write). */
const wellFormed = fc
  .string({ unit: 'binary' })
  .filter((s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s));

describe('decodeText(bytes)', () => {
  it('reads UTF-8, with or without a byte-order mark, and says nothing', () => {
    const bytes = new TextEncoder().encode('Référendum, “quoted” 😀');
    expect(decodeText(bytes)).to.deep.equal({
      text: 'Référendum, “quoted” 😀',
      encoding: 'utf-8',
      problems: [],
    });
    const marked = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(marked).text).to.equal('Référendum, “quoted” 😀');
    expect(decodeText(new Uint8Array(0))).to.deep.equal({
      text: '',
      encoding: 'utf-8',
      problems: [],
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a warning that names it', () => {
    const result = decodeText(Uint8Array.from(REFERENDUM_1252));
    expect(result.text).to.equal('Référendum');
    expect(result.encoding).to.equal('windows-1252');
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ path: '', severity: 'warning' });
    expect(result.problems[0].message).to.include('Windows-1252');
    // Where Latin-1 has C1 controls, Windows-1252 has letters and signs: € “ ” – Š.
    expect(decodeText(Uint8Array.from([0x80, 0x93, 0x94, 0x96, 0x8a])).text).to.equal('€“”–Š');
  });

  it('reads UTF-16 with a byte-order mark (Excel\'s "Unicode text")', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x52, 0, 0xe9, 0, 0x3b, 0]);
    expect(decodeText(le)).to.deep.equal({ text: 'Ré;', encoding: 'utf-16le', problems: [] });
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x52, 0, 0xe9]);
    expect(decodeText(be)).to.deep.equal({ text: 'Ré', encoding: 'utf-16be', problems: [] });
  });

  it('repairs bytes that break the encoding their byte-order mark names, and says so', () => {
    const result = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]));
    expect(result.text).to.equal('A\ufffdB');
    expect(result.encoding).to.equal('utf-8');
    expect(result.problems).to.have.length(1);
    expect(result.problems[0].message).to.include('not valid UTF-8');
  });

  it('takes an ArrayBuffer, or a view of part of one, and changes neither', () => {
    const buffer = Uint8Array.from([0x41, ...REFERENDUM_1252, 0x42]).buffer;
    const snapshot = [...new Uint8Array(buffer)];
    expect(decodeText(buffer).text).to.equal('ARéférendumB');
    expect(decodeText(new Uint8Array(buffer, 1, REFERENDUM_1252.length)).text).to.equal(
      'Référendum',
    );
    expect([...new Uint8Array(buffer)]).to.deep.equal(snapshot);
  });

  it('reads back any text written as UTF-8 (property)', () => {
    fc.assert(
      fc.property(wellFormed, (text) => {
        const result = decodeText(new TextEncoder().encode(text));
        expect(result.encoding).to.equal('utf-8');
        expect(result.problems).to.deep.equal([]);
        expect(result.text).to.equal(text.replace(/^\uFEFF/, ''));
      }),
      RUNS,
    );
  });

  it('reads back any Windows-1252 text that is not also UTF-8, and warns (property)', () => {
    const text1252 = fc.string({ unit: fc.constantFrom(...BYTE_OF.keys()), minLength: 1 });
    fc.assert(
      fc.property(text1252, (text) => {
        const bytes = Uint8Array.from([...text].map((c) => BYTE_OF.get(c)!));
        fc.pre(!isUtf8(bytes));
        const result = decodeText(bytes);
        expect(result.encoding).to.equal('windows-1252');
        expect(result.text).to.equal(text);
        expect(result.problems[0].message).to.include('Windows-1252');
      }),
      RUNS,
    );
  });

  it('never gives a replacement character without a warning (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = decodeText(bytes);
        const written = new TextDecoder().decode(bytes).includes('\ufffd') && isUtf8(bytes);
        if (result.text.includes('\ufffd') && !written) {
          expect(result.problems).to.not.deep.equal([]);
        }
        if (result.encoding === 'windows-1252') {
          expect(result.text).to.have.length(bytes.length);
          expect(result.text).to.not.include('\ufffd');
        }
      }),
      RUNS,
    );
  });
});
