import { expect } from '@open-wc/testing';
import { csvPath } from './index.js';

describe('csvPath(path, origins)', () => {
  const origins = [
    { row: 7, columns: { date: 'Date', 'sources[0]': 'Src', 'sources[0].url': 'Src URL' } },
  ];
  it('maps event paths to rows and columns', () => {
    expect(csvPath('events[0].date', origins)).to.equal('row 7, column "Date"');
    expect(csvPath('events[0].sources[0].url', origins)).to.equal('row 7, column "Src URL"');
    expect(csvPath('events[0].sources[0].title', origins)).to.equal('row 7, column "Src"');
    expect(csvPath('events[0].people[2]', origins)).to.equal('row 7');
    expect(csvPath('events[0]', origins)).to.equal('row 7');
    expect(csvPath('events', origins)).to.equal('');
    expect(csvPath('title', origins)).to.equal('title');
  });
});
