import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { ResizeController } from './resize-controller.js';

/** A tiny host: counts its updates and shows the width it was told. */
class ResizeHost extends LitElement {
  readonly size = new ResizeController(this);
  updates = 0;

  override updated(): void {
    this.updates++;
  }

  override render(): TemplateResult {
    return html`${this.size.width}`;
  }
}
customElements.define('resize-controller-host', ResizeHost);

/** A host that observes an element of its own shadow root. */
class ResizeTargetHost extends LitElement {
  readonly size = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.box'),
  });

  override render(): TemplateResult {
    return html`<div class="box" style="width: 50%; height: 40px; padding: 5px"></div>`;
  }
}
customElements.define('resize-controller-target-host', ResizeTargetHost);

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** A host that only cares whether it is wider than 250 px. */
class ResizeThresholdHost extends LitElement {
  wide = false;
  updates = 0;
  readonly size = new ResizeController(this, {
    shouldUpdate: ({ width }) => width > 250 !== this.wide,
  });

  override willUpdate(): void {
    this.wide = this.size.width > 250;
  }

  override updated(): void {
    this.updates++;
  }

  override render(): TemplateResult {
    return html`${this.wide ? 'wide' : 'narrow'}`;
  }
}
customElements.define('resize-controller-threshold-host', ResizeThresholdHost);

describe('ResizeController(host, { target })', () => {
  it('reports the content-box size of its host and updates the host when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><resize-controller-host></resize-controller-host></div>`,
    );
    const host = wrapper.querySelector<ResizeHost>('resize-controller-host')!;
    host.style.display = 'block';
    host.style.padding = '0 10px';
    await frames();
    await host.updateComplete;
    expect(host.size.width).to.equal(280);
    expect(host.renderRoot.textContent).to.contain('280');

    const before = host.updates;
    wrapper.style.width = '500px';
    await frames();
    await host.updateComplete;
    expect(host.size.width).to.equal(480);
    expect(host.updates).to.be.greaterThan(before);
    expect(host.renderRoot.textContent).to.contain('480');
  });

  it('does not update the host when the size is unchanged', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 200px"><resize-controller-host></resize-controller-host></div>`,
    );
    const host = wrapper.querySelector<ResizeHost>('resize-controller-host')!;
    host.style.display = 'block';
    await frames();
    await host.updateComplete;
    const before = host.updates;
    wrapper.style.color = 'red';
    await frames();
    expect(host.updates).to.equal(before);
  });

  it('observes a target rendered in the shadow root (content box, no padding)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 400px">
        <resize-controller-target-host></resize-controller-target-host>
      </div>`,
    );
    const host = wrapper.querySelector<ResizeTargetHost>('resize-controller-target-host')!;
    host.style.display = 'block';
    await frames(3);
    await host.updateComplete;
    expect(host.size.width).to.equal(200);
    expect(host.size.height).to.equal(40);
  });

  it('stops observing when the host is disconnected', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><resize-controller-host></resize-controller-host></div>`,
    );
    const host = wrapper.querySelector<ResizeHost>('resize-controller-host')!;
    host.style.display = 'block';
    await frames();
    await host.updateComplete;
    host.remove();
    wrapper.style.width = '120px';
    await frames();
    expect(host.size.width).to.equal(300);
    wrapper.append(host);
    await frames();
    await host.updateComplete;
    expect(host.size.width).to.equal(120);
  });

  it('updates the host only when shouldUpdate says the new size matters to it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 200px">
        <resize-controller-threshold-host></resize-controller-threshold-host>
      </div>`,
    );
    const host = wrapper.querySelector<ResizeThresholdHost>('resize-controller-threshold-host')!;
    host.style.display = 'block';
    await frames();
    await host.updateComplete;
    const first = host.updates;
    wrapper.style.width = '240px'; // narrower than 250 px still: nothing to redo
    await frames();
    await host.updateComplete;
    expect(host.size.width).to.equal(240);
    expect(host.updates).to.equal(first);
    expect(host.renderRoot.textContent).to.contain('narrow');
    wrapper.style.width = '300px';
    await frames();
    await host.updateComplete;
    expect(host.updates).to.equal(first + 1);
    expect(host.renderRoot.textContent).to.contain('wide');
  });
});
