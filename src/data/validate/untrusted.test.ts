import { expect } from '@open-wc/testing';
import { MAX_ITEMS, MAX_PROBLEMS, validateDataset } from './index.js';
import { source, event, dataset, withEvent, expectProblem } from '../../../test/helpers/data.js';
import { validateChecked } from '../../../test/helpers/data-invariants.js';

describe('validateDataset(input)', () => {
  describe('hostile input', () => {
    it('survives a cyclic object', () => {
      const d = dataset() as Record<string, unknown>;
      const e = (d.events as Record<string, unknown>[])[0];
      e.self = e;
      e.sources = [source({ parent: e })];
      d.events = [e, d];
      const result = validateChecked(d);
      expect(result.dataset!.events).to.have.length(1);
      expectProblem(result, 'events[1]', 'warning', 'Unknown fields "description"');
      expectProblem(result, 'events[1].date', 'error', 'no date');
    });

    it('survives getters that throw, and reports them', () => {
      const e = event();
      Object.defineProperty(e, 'title', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const result = validateDataset(dataset({ events: [e, event({ id: 'b' })] }));
      expectProblem(result, 'events[0].title', 'error', 'could not be read', 'boom');
      expect(result.dataset!.events.map((x) => x.id)).to.deep.equal(['b']);
    });

    it('survives a revoked proxy and a proxy whose traps throw', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const revoked = validateDataset(proxy);
      expect(revoked.dataset).to.equal(null);
      expectProblem(revoked, '', 'error', 'could not be read');
      const trap = new Proxy(dataset(), {
        ownKeys() {
          throw new Error('no keys');
        },
      });
      const trapped = validateDataset(trap);
      expect(trapped.dataset).to.equal(null);
      expect(trapped.problems.some((p) => p.message.includes('no keys'))).to.equal(true);
    });

    it('looks at no more than MAX_ITEMS.events items of a huge array', () => {
      const events = new Array<unknown>(10_000_000);
      const result = validateDataset(dataset({ events }));
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events', 'error', '10000000 events');
    });

    it(`lists at most MAX_PROBLEMS (${MAX_PROBLEMS}) problems, then says how many more`, () => {
      const events = Array.from({ length: MAX_ITEMS.events }, () => ({ id: 'X' }));
      const result = validateDataset(dataset({ events }));
      expect(result.problems).to.have.length(MAX_PROBLEMS + 1);
      const last = result.problems[MAX_PROBLEMS];
      expect(last).to.include({ path: '', severity: 'error' });
      expect(last.message).to.match(/^\d+ more problems were not listed\.$/);
    });

    it('handles a huge string quickly, quoting only its start', () => {
      const title = 'x'.repeat(5_000_000);
      const result = withEvent({ title });
      const problem = expectProblem(result, 'events[0].title', 'error', '5000000');
      expect(problem.message.length).to.be.below(300);
    });
  });
});
