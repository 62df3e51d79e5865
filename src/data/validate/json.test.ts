import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { jsonErrorOffset, parseJsonDataset } from './index.js';
import { event, dataset, expectProblem } from '../../../test/helpers/data.js';
import { checkResult } from '../../../test/helpers/data-invariants.js';
import { RUNS } from '../../../test/helpers/data-arbitraries.js';

describe('parseJsonDataset(text)', () => {
  it('parses and checks a dataset', () => {
    const result = parseJsonDataset(JSON.stringify(dataset()));
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset).to.deep.equal(dataset());
  });

  it('checks a bare list as events', () => {
    const result = parseJsonDataset(JSON.stringify([event()]));
    expect(result.dataset!.title).to.equal('Timeline');
    expect(result.dataset!.events).to.have.length(1);
  });

  it('reports text that is not JSON with the line and column', () => {
    const text = '{\n  "title": "T",\n  "events": [1,]\n}';
    const result = parseJsonDataset(text);
    expect(result.dataset).to.equal(null);
    expectProblem(result, '', 'error', 'not valid JSON', 'line 3, column 16', 'at "]"');
  });

  it('reports where the text ends too early', () => {
    expectProblem(parseJsonDataset('{"title": "T"'), '', 'error', 'line 1, column 14, at the end');
  });

  it('ignores a byte-order mark, and reports empty text', () => {
    expect(parseJsonDataset(`\ufeff${JSON.stringify(dataset())}`).problems).to.deep.equal([]);
    expectProblem(parseJsonDataset('  \n'), '', 'error', 'empty');
  });

  it('rejects JSON that is not a dataset', () => {
    expectProblem(parseJsonDataset('3'), '', 'error', 'the number 3');
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => j.slice(1)),
        ),
        (text) => {
          checkResult(parseJsonDataset(text));
        },
      ),
      RUNS,
    );
  });
});

describe('jsonErrorOffset(text)', () => {
  it('finds the first character that is not JSON', () => {
    expect(jsonErrorOffset('[1,]')).to.equal(3);
    expect(jsonErrorOffset('{"a":1 "b":2}')).to.equal(7);
    expect(jsonErrorOffset('{"a":tru}')).to.equal(5);
    expect(jsonErrorOffset('"\\x"')).to.equal(2);
    expect(jsonErrorOffset('[1] x')).to.equal(4);
    expect(jsonErrorOffset('[')).to.equal(1);
    expect(jsonErrorOffset('[[[[1]]]]')).to.equal(-1);
    expect(jsonErrorOffset('['.repeat(100_000))).to.equal(100_000);
  });

  it('agrees with JSON.parse (property)', () => {
    const almostJson = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', '\\', ':', 'x', ' ', '\n'),
      )
      .map(([j, n, c]) => {
        const i = n % (j.length + 1);
        return j.slice(0, i) + c + j.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(almostJson, fc.json(), fc.string()), (text) => {
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        expect(jsonErrorOffset(text) === -1, text).to.equal(ok);
      }),
      RUNS,
    );
  });
});
