import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { OnDemandController } from './on-demand-controller.js';

/** A bare host that counts its updates. */
class OnDemandTestHost extends ReactiveElement {
  readonly parts = new OnDemandController(this);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('nt-on-demand-test-host', OnDemandTestHost);

declare global {
  interface HTMLElementTagNameMap {
    'nt-on-demand-test-host': OnDemandTestHost;
  }
}

/** A part that arrives or fails when told to, counting how often it was asked for. */
function manualPart<T>() {
  let calls = 0;
  let settle: { resolve: (v: T) => void; reject: (e: Error) => void } | undefined;
  const load = () => {
    calls++;
    return new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  };
  return { load, calls: () => calls, settle: () => settle! };
}

const host = () =>
  fixture<OnDemandTestHost>(html`<nt-on-demand-test-host></nt-on-demand-test-host>`);

describe('OnDemandController', () => {
  it('need(): loading, then ready with the part, loaded once, the host updated', async () => {
    const el = await host();
    const part = manualPart<string>();
    expect(el.parts.need('x', part.load)).to.deep.equal({ status: 'loading' });
    expect(el.parts.need('x', part.load)).to.deep.equal({ status: 'loading' });
    expect(el.parts.busy).to.equal(true);
    const before = el.updates;
    part.settle().resolve('the part');
    await el.parts.settled();
    await el.updateComplete;
    expect(el.parts.need('x', part.load)).to.deep.equal({ status: 'ready', value: 'the part' });
    expect(part.calls()).to.equal(1);
    expect(el.parts.busy).to.equal(false);
    expect(el.updates).to.be.above(before);
  });

  it('need(): a failure is kept with its message until forget(), then loads again', async () => {
    const el = await host();
    const part = manualPart<string>();
    el.parts.need('x', part.load);
    part.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.parts.settled();
    const failed = el.parts.need('x', part.load);
    expect(failed).to.deep.equal({
      status: 'failed',
      message: 'Failed to fetch dynamically imported module',
    });
    expect(part.calls()).to.equal(1);
    el.parts.forget('x');
    expect(el.parts.need('x', part.load).status).to.equal('loading');
    expect(part.calls()).to.equal(2);
    part.settle().resolve('second try');
    await el.parts.settled();
    expect(el.parts.need('x', part.load)).to.deep.equal({ status: 'ready', value: 'second try' });
  });

  it('forget() leaves a part that is loading or loaded alone', async () => {
    const el = await host();
    const part = manualPart<number>();
    el.parts.need('x', part.load);
    el.parts.forget('x');
    expect(el.parts.need('x', part.load).status).to.equal('loading');
    part.settle().resolve(1);
    await el.parts.settled();
    el.parts.forget('x');
    expect(el.parts.need('x', part.load)).to.deep.equal({ status: 'ready', value: 1 });
    expect(part.calls()).to.equal(1);
  });

  it('need(name, load, here): a part already on the page is ready at once, never loaded', async () => {
    const el = await host();
    const part = manualPart<string>();
    expect(el.parts.need('x', part.load, 'here')).to.deep.equal({ status: 'ready', value: 'here' });
    expect(part.calls()).to.equal(0);
    expect(el.parts.busy).to.equal(false);
    expect(await el.parts.load('x', part.load)).to.equal('here');
  });

  it('load(): the same part as a promise, shared with need(), and awaited by settled()', async () => {
    const el = await host();
    const part = manualPart<string>();
    const promise = el.parts.load('x', part.load);
    expect(el.parts.load('x', part.load)).to.equal(promise);
    expect(el.parts.need('x', part.load).status).to.equal('loading');
    let settled = false;
    void el.parts.settled().then(() => (settled = true));
    part.settle().resolve('in');
    expect(await promise).to.equal('in');
    await el.parts.settled();
    expect(settled).to.equal(true);
    expect(el.parts.need('x', part.load)).to.deep.equal({ status: 'ready', value: 'in' });
    expect(part.calls()).to.equal(1);
  });

  it('load(): rejects for a part that failed, with the same error, until forget()', async () => {
    const el = await host();
    const part = manualPart<string>();
    const first = el.parts.load('x', part.load);
    part.settle().reject(new Error('offline'));
    await first.catch(() => undefined);
    await el.parts.settled();
    let error: unknown;
    await el.parts.load('x', part.load).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('offline');
    expect(part.calls()).to.equal(1);
  });
});
