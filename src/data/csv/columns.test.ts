import { expect } from '@open-wc/testing';
import {
  classifyColumn,
  columnKey,
  CSV_COLUMN_DOCS,
  CSV_COLUMNS,
  CSV_MORE_SOURCES,
  normaliseColumnName,
  roleKey,
} from './columns.js';

/** A name as the docs write it: in backticks. */
const code = (name: string) => `\`${name}\``;

/** The docs' row for a column: ``| `title` (or `headline`) | A short, neutral headline. |``. */
function docsRow(names: readonly string[], description: string): string {
  const [first, ...others] = names.map(code);
  return `| ${first}${others.length ? ` (or ${others.join(', ')})` : ''} | ${description} |`;
}

/** The rows of the first Markdown table under a heading row that starts with `head`. */
function tableAfter(markdown: string, head: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(head));
  expect(start, `no table starting ${head}`).to.be.at.least(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start + 2, end < 0 ? undefined : end);
}

describe('CSV_COLUMNS', () => {
  it('is the column table of docs/authoring.md, row for row', async () => {
    const response = await fetch(new URL('../../../docs/authoring.md', import.meta.url));
    const rows = tableAfter(await response.text(), '| column | what goes in it |');
    const numbered = CSV_COLUMNS.filter((c) => c.kind === 'source').map((c) =>
      code(c.names[0].replace(/^source/, 'source2')),
    );
    expect(rows).to.deep.equal([
      ...CSV_COLUMNS.map((c) => docsRow(c.names, CSV_COLUMN_DOCS[columnKey(c)])),
      `| ${numbered.join(', ')} | ${CSV_MORE_SOURCES} |`,
    ]);
  });

  it('gives each name to one column only, however it is written', () => {
    const names = CSV_COLUMNS.flatMap((c) => c.names.map(normaliseColumnName));
    expect(new Set(names).size).to.equal(names.length);
  });

  it('has one column for each field, and one line of docs for each column', () => {
    const keys = CSV_COLUMNS.map(columnKey);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(Object.keys(CSV_COLUMN_DOCS).sort()).to.deep.equal([...keys].sort());
  });
});

describe('classifyColumn(name)', () => {
  it('finds the column of every name in the table', () => {
    for (const column of CSV_COLUMNS) {
      for (const name of column.names) {
        expect(classifyColumn(name), name).to.deep.include({
          kind: column.kind,
          field: column.field,
        });
      }
    }
  });

  it('matches names without regard to case, outer spaces, inner spaces and hyphens', () => {
    for (const name of ['End precision', ' end-precision ', 'END_PRECISION', 'EndPrecision']) {
      expect(classifyColumn(name), name).to.deep.equal({ kind: 'event', field: 'endPrecision' });
    }
  });

  it('reads the number of a source, 1 when there is none', () => {
    expect(classifyColumn('Source')).to.deep.equal({
      kind: 'source',
      group: 1,
      field: 'publisher',
    });
    expect(classifyColumn('Source 2')).to.deep.equal({
      kind: 'source',
      group: 2,
      field: 'publisher',
    });
    expect(classifyColumn('source1_url')).to.deep.equal({ kind: 'source', group: 1, field: 'url' });
    expect(classifyColumn('Source-12 date')).to.deep.equal({
      kind: 'source',
      group: 12,
      field: 'published',
    });
    expect(roleKey(classifyColumn('source3_title'))).to.equal('3.title');
  });

  it('knows nothing of other names', () => {
    for (const name of ['notes', 'sources', 'source_0', 'source_author', 'date2', '']) {
      expect(classifyColumn(name), name).to.deep.equal({ kind: 'unknown' });
    }
  });
});
