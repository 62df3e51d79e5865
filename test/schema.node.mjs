// news-timeline.schema.json and validateDataset must agree on what they reject.
//
// Run with `node --test test/schema.node.mjs`. This is a Node test, not a browser one, because
// ajv is CommonJS and @web/test-runner serves node_modules as ES modules only (`import Ajv2020
// from 'ajv/dist/2020.js'` fails there with "does not provide an export named 'default'").
// The TypeScript source is bundled in memory with esbuild, so the test checks `src/`, not `dist/`.
// The checks that need no ajv (the schema's limits match MAX_LENGTHS, …) are in schema.test.ts.
//
// "Rejects" means: ajv finds the document invalid / validateDataset reports an error. Fixtures in
// test/fixtures/datasets/ are named for what is expected of them:
//   good-*           both accept, and the validator reports no problem at all;
//   warn-*           both accept, and the validator warns;
//   bad-*            both reject;
//   beyond-schema-*  the validator rejects a rule a JSON Schema cannot state (unique ids, an end
//                    before its start, an address the URL parser refuses); ajv accepts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { importTs } from './helpers/import-ts.mjs';

const fixtures = new URL('fixtures/datasets/', import.meta.url);

const { MAX_ITEMS, validateDataset } = await importTs(
  "export * from './src/data/validate/index.ts';",
);
const schema = JSON.parse(await readFile(new URL('../news-timeline.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

function ajvAccepts(doc) {
  return validateSchema(doc) === true;
}

/** Errors only about rules the schema cannot state. */
const BEYOND_SCHEMA = [
  /is already used by an earlier/,
  /is listed twice/,
  /is before the start/,
  // An IANA zone is known to the browser, not to a pattern; a local time needs the dataset's zone.
  /is not a time zone/,
  /is a time with no time zone/,
];
function onlyBeyondSchema(problems) {
  const errors = problems.filter((p) => p.severity === 'error' && p.path !== 'events');
  return (
    errors.length > 0 &&
    errors.every(
      (p) =>
        BEYOND_SCHEMA.some((re) => re.test(p.message)) ||
        (p.path.endsWith('.url') && p.message.includes('is not a valid address')),
    )
  );
}

function explain(doc) {
  return JSON.stringify(
    {
      ajv: validateSchema(doc) ? [] : validateSchema.errors,
      validator: validateDataset(doc).problems,
    },
    null,
    1,
  ).slice(0, 3000);
}

const names = (await readdir(fixtures)).filter((n) => n.endsWith('.json')).sort();
const corpus = await Promise.all(
  names.map(async (name) => ({ name, doc: JSON.parse(await readFile(new URL(name, fixtures))) })),
);

describe('news-timeline.schema.json', () => {
  it('is a valid draft 2020-12 schema that compiles in ajv strict mode', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.$id);
    assert.equal(ajv.validateSchema(schema), true);
  });

  it('has a title and a description on every property and definition', () => {
    const missing = [];
    const visit = (node, path) => {
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        const resolved = value.$ref && !value.title ? resolve(value.$ref) : value;
        if (!resolved.title || !resolved.description) missing.push(`${path}.${key}`);
        visit(value, `${path}.${key}`);
      }
    };
    const resolve = (ref) => schema.$defs[ref.replace('#/$defs/', '')];
    visit(schema, '');
    for (const [name, def] of Object.entries(schema.$defs)) {
      if (!def.title || !def.description) missing.push(`$defs.${name}`);
      visit(def, `$defs.${name}`);
    }
    assert.deepEqual(missing, []);
  });
});

describe('news-timeline.schema.json and validateDataset(input)', () => {
  it(`have a corpus of at least 20 fixtures, with every verdict`, () => {
    assert.ok(corpus.length >= 20, `${corpus.length} fixtures`);
    for (const prefix of ['good-', 'warn-', 'bad-', 'beyond-schema-']) {
      assert.ok(
        corpus.some((f) => f.name.startsWith(prefix)),
        `no ${prefix} fixture`,
      );
    }
  });

  for (const { name, doc } of corpus) {
    it(`agree on ${name}`, () => {
      const result = validateDataset(doc);
      const errors = result.problems.filter((p) => p.severity === 'error');
      if (name.startsWith('good-')) {
        assert.deepEqual(result.problems, [], explain(doc));
        assert.equal(ajvAccepts(doc), true, explain(doc));
      } else if (name.startsWith('warn-')) {
        assert.deepEqual(errors, [], explain(doc));
        assert.ok(result.problems.length > 0, 'expected a warning');
        assert.equal(ajvAccepts(doc), true, explain(doc));
      } else if (name.startsWith('bad-')) {
        assert.ok(errors.length > 0, explain(doc));
        assert.equal(ajvAccepts(doc), false, explain(doc));
      } else if (name.startsWith('beyond-schema-')) {
        assert.ok(onlyBeyondSchema(result.problems), explain(doc));
        assert.equal(ajvAccepts(doc), true, explain(doc));
      } else {
        assert.fail(`${name}: name a fixture good-, warn-, bad- or beyond-schema-`);
      }
    });
  }

  it('accept what validateDataset returns, for every fixture', () => {
    for (const { name, doc } of corpus) {
      const { dataset } = validateDataset(doc);
      if (dataset) assert.equal(ajvAccepts(dataset), true, `${name}: ${explain(dataset)}`);
    }
  });

  it('agree on mutated fixtures, and the validator returns schema-valid data (property)', () => {
    const good = corpus.filter((f) => /^(good|warn)-/.test(f.name)).map((f) => f.doc);
    const nasty = fc.oneof(
      fc.constantFrom(
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        'https://?x',
        'https://example.com',
        'mailto:',
        '/relative',
        '2025-02-30',
        '2025-02-29',
        '2024-02-29',
        '2025-13',
        '2025-04',
        '2025-04-07',
        '2025-04-06',
        'day',
        'month',
        'week',
        '',
        '  ',
        'Not Kebab',
        'agreement',
        'werfel',
        'x'.repeat(301),
        'y'.repeat(2001),
        '😀'.repeat(301),
        null,
        0,
        true,
        [],
        {},
        [null],
        { id: 'agreement', label: 'Again' },
      ),
      fc.jsonValue(),
      fc.constant(undefined), // deletes the field
    );
    const mutated = fc
      .tuple(
        fc.constantFrom(...good),
        fc.array(fc.tuple(fc.nat(), nasty), { minLength: 1, maxLength: 3 }),
      )
      .map(([doc, mutations]) => {
        const copy = structuredClone(doc);
        for (const [n, value] of mutations) mutate(copy, n, value);
        return copy;
      });
    fc.assert(
      fc.property(mutated, (doc) => {
        const result = validateDataset(doc);
        const validatorOk = !result.problems.some((p) => p.severity === 'error');
        const ajvOk = ajvAccepts(doc);
        if (validatorOk !== ajvOk) {
          assert.ok(!validatorOk && ajvOk && onlyBeyondSchema(result.problems), explain(doc));
        }
        if (result.dataset) assert.equal(ajvAccepts(result.dataset), true, explain(result.dataset));
      }),
      { numRuns: 1000, seed: 20250407 },
    );
  });

  it('agree on the most events allowed (MAX_ITEMS.events), and on one more', () => {
    const [{ doc }] = corpus.filter((f) => f.name.startsWith('good-'));
    const [first] = doc.events;
    const day = Date.UTC(1990, 0, 1);
    const big = (n) => ({
      ...doc,
      events: Array.from({ length: n }, (_, i) => ({
        ...first,
        id: `e-${i}`,
        date: new Date(day + i * 86_400_000).toISOString().slice(0, 10),
        precision: 'day',
      })),
    });
    assert.equal(MAX_ITEMS.events, schema.properties.events.maxItems);
    const most = big(MAX_ITEMS.events);
    assert.deepEqual(
      validateDataset(most).problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.equal(ajvAccepts(most), true);
    const tooMany = big(MAX_ITEMS.events + 1);
    assert.ok(validateDataset(tooMany).problems.some((p) => p.severity === 'error'));
    assert.equal(ajvAccepts(tooMany), false);
  });

  const irsIce = new URL('../src/datasets/irs-ice.ts', import.meta.url);
  it(
    'agree that the bundled dataset (irsIce) is valid',
    existsSync(irsIce) ? {} : { skip: 'src/datasets/irs-ice.ts does not exist yet' },
    async () => {
      const { irsIce: data } = await importTs(
        "export { irsIce } from './src/datasets/irs-ice.ts';",
      );
      const result = validateDataset(data);
      assert.deepEqual(
        result.problems.filter((p) => p.severity === 'error'),
        [],
      );
      assert.equal(ajvAccepts(JSON.parse(JSON.stringify(data))), true, explain(data));
    },
  );
});

/** Replaces (or, with `undefined`, deletes) the value in the `n`-th slot of a JSON tree. */
function mutate(root, n, value) {
  const slots = [];
  const walk = (v) => {
    if (typeof v !== 'object' || v === null) return;
    for (const key of Object.keys(v)) {
      slots.push([v, key]);
      walk(v[key]);
    }
  };
  walk(root);
  if (slots.length === 0) return;
  const [parent, key] = slots[n % slots.length];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    parent[key] = structuredClone(value);
  }
}
