// The schema checks that need no JSON Schema validator, in the browser. Whether ajv and
// validateDataset agree on a corpus of documents is tested in Node (test/schema.node.mjs):
// ajv is CommonJS and does not load in @web/test-runner.
import { expect } from '@open-wc/testing';
import { irsIce } from '../src/datasets/irs-ice.js';
import { KEBAB_ID, MAX_ITEMS, MAX_LENGTHS, validateDataset } from '../src/data/validate/index.js';

type Node = Record<string, unknown>;

async function loadSchema(): Promise<Node> {
  const response = await fetch(new URL('../news-timeline.schema.json', import.meta.url));
  return (await response.json()) as Node;
}

function get(node: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((n, key) => (n as Node)[key], node);
}

describe('news-timeline.schema.json', () => {
  let schema: Node;
  before(async () => {
    schema = await loadSchema();
  });

  it('is a draft 2020-12 schema with an $id', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.be.a('string');
  });

  it('uses the id pattern and the MAX_LENGTHS of src/data/validate/', () => {
    const defs = schema.$defs;
    expect(get(defs, 'kebabId', 'pattern')).to.equal(KEBAB_ID.source);
    expect(get(defs, 'kebabId', 'maxLength')).to.equal(MAX_LENGTHS.id);
    expect(get(defs, 'title', 'maxLength')).to.equal(MAX_LENGTHS.title);
    expect(get(defs, 'text', 'maxLength')).to.equal(MAX_LENGTHS.text);
    expect(get(defs, 'nullableText', 'anyOf', 0, 'maxLength')).to.equal(MAX_LENGTHS.text);
    expect(get(defs, 'url', 'maxLength')).to.equal(MAX_LENGTHS.url);
    expect(get(defs, 'event', 'properties', 'summary', 'anyOf', 0, 'maxLength')).to.equal(
      MAX_LENGTHS.summary,
    );
    expect(get(defs, 'event', 'properties', 'category', 'anyOf', 0, 'maxLength')).to.equal(
      MAX_LENGTHS.id,
    );
    expect(get(schema, 'properties', 'description', 'anyOf', 0, 'maxLength')).to.equal(
      MAX_LENGTHS.text,
    );
  });

  it('uses the MAX_ITEMS of src/data/validate/', () => {
    const defs = schema.$defs;
    expect(get(schema, 'properties', 'events', 'maxItems')).to.equal(MAX_ITEMS.events);
    expect(get(schema, 'properties', 'categories', 'anyOf', 0, 'maxItems')).to.equal(
      MAX_ITEMS.categories,
    );
    expect(get(schema, 'properties', 'tracks', 'anyOf', 0, 'maxItems')).to.equal(MAX_ITEMS.tracks);
    expect(get(defs, 'event', 'properties', 'people', 'anyOf', 0, 'maxItems')).to.equal(
      MAX_ITEMS.people,
    );
    expect(get(defs, 'sources', 'anyOf', 0, 'maxItems')).to.equal(MAX_ITEMS.sources);
    expect(get(defs, 'track', 'properties', 'spans', 'maxItems')).to.equal(MAX_ITEMS.spans);
  });

  it('describes the patterns the validator applies', () => {
    const defs = schema.$defs;
    const pattern = (name: string) => new RegExp(get(defs, name, 'pattern') as string, 'u');
    const url = pattern('url');
    for (const ok of ['https://apnews.com/a?b#c', 'http://x.org', 'mailto:tips@example.com']) {
      expect(url.test(ok), ok).to.equal(true);
    }
    for (const bad of [
      'javascript:alert(1)',
      'HTTPS://x.org',
      ' https://x.org',
      'java\tscript:x',
    ]) {
      expect(url.test(bad), bad).to.equal(false);
    }
    expect(pattern('day').test('2025-04-07')).to.equal(true);
    expect(pattern('day').test('2025-04')).to.equal(false);
    expect(pattern('month').test('2025-04')).to.equal(true);
    expect(pattern('month').test('2025-13')).to.equal(false);
  });
});

describe('validateDataset(irsIce)', () => {
  it('returns the bundled dataset unchanged, with no problems', () => {
    const result = validateDataset(irsIce);
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset).to.deep.equal(irsIce);
  });
});
